"""Add, change and remove items of any section: edits Plan -> Plan, generic over ``SECTIONS``.

Field names are the file's keys; values are read by the field's type (``fields.py``) and
references checked against the plan (``references.py``). Nothing here knows a particular
section: a section added to the registry and the model works without code here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from typing import Any

from pydantic import ValidationError

from regiotrack.errors import UserError, did_you_mean
from regiotrack.plan.edits import Edit, replace_in_section
from regiotrack.plan.fieldvalues import Assignment, FieldInfo, field_info, fields_of, parse_value, shown
from regiotrack.plan.localids import first_local_id
from regiotrack.plan.model import FileModel, Plan, section_model
from regiotrack.plan.references import all_ids, field_values, ids_in, referring, targets
from regiotrack.plan.vocabulary import BY_KEY, SECTIONS, Section

_SERIES = re.compile(r"^(.*?)(\d+)$")
_TITLE_KEYS = ("titel", "naam", "activiteit", "omschrijving")


class MissingFields(UserError):
    """A new item lacks required fields; ``keys`` names them (file keys)."""

    def __init__(self, message: str, hint: str, keys: Sequence[str]):
        super().__init__(message, hint)
        self.keys = tuple(keys)


def section_for(kind: str) -> Section:
    """The section a user names ('afspraak'); UserError with the known kinds otherwise."""
    key = kind.strip().lower()
    section = BY_KEY.get(key) or {s.plural: s for s in SECTIONS}.get(key)
    if section is None:
        guess = did_you_mean(kind, BY_KEY)
        raise UserError(
            f"'{kind}' is geen soort item" + (f"; {guess}" if guess else ""),
            f"Kies uit: {', '.join(BY_KEY)}.",
        )
    return section


def find_any(plan: Plan, item_id: str) -> tuple[Section, Any]:
    """The item with this id in any section, or a UserError that suggests the closest id."""
    for section in SECTIONS:
        items = getattr(plan, section.attr, ())
        ids = list(map(attrgetter("id"), items))  # C-speed: a plan may hold 100,000 afspraken
        if item_id in ids:
            return section, items[ids.index(item_id)]
    guess = did_you_mean(item_id, all_ids(plan))
    raise UserError(
        f"'{item_id}' bestaat niet in dit plan" + (f"; {guess}" if guess else ""),
        "Zie 'regiotrack lijst' (of 'regiotrack lijst organisaties', 'werkgroepen', 'gremia') voor de ids.",
    )


def title_of(item: Any) -> str:
    """The item's name for messages: its titel, naam, activiteit or omschrijving."""
    for key in _TITLE_KEYS:
        for attr, field in type(item).model_fields.items():
            if (field.alias or attr) == key:
                return str(getattr(item, attr))
    return str(getattr(item, "title", item.id))  # e.g. a partner meeting's derived title


def propose_id(plan: Plan, kind: str, reserved: Collection[str] = ()) -> str:
    """The next free id of the section's series ('A-07' after 'A-06'), never one used before.

    The series is the section's last item's (a local plan's first afspraak: 'AMV-01'); ``reserved``
    holds every id ever in the file (from git), so a removed item's id is never handed out again.
    """
    items = getattr(plan, (section := section_for(kind)).attr, ())
    series = next((m for item in reversed(items) if (m := _SERIES.match(item.id))), None)
    series = series or _SERIES.match(first_local_id(plan, section.key) or "")
    if series is None:
        raise UserError(
            f"voor een nieuwe {section.label} kan regiotrack geen id voorstellen",
            f"Geef zelf een kort id, bijvoorbeeld id=GGD voor een organisatie of id={section.key[:2].upper()}-01.",
        )
    prefix, width = series[1], len(series[2])
    # An id is in the series when it is the prefix and digits: what _SERIES would split it into,
    # since its lazy prefix never ends in a digit. One pattern mapped over all ids (C speed) is
    # what keeps this fast with 100,000 afspraken and as many ids from git.
    in_series = re.compile(re.escape(prefix) + r"(\d+)$").match
    found = filter(None, map(in_series, (*all_ids(plan), *reserved)))
    highest = max(map(int, map(itemgetter(1), found)), default=0)
    return f"{prefix}{highest + 1:0{width}d}"


def new_item(
    plan: Plan,
    kind: str,
    assignments: Sequence[Assignment],
    reserved: Collection[str] = (),
    today: date | None = None,
    author: str | None = None,
) -> Edit:
    """Add an item of section ``kind`` at the end of its section.

    A note given with it (``notitie=…``) is the first entry of its log, dated ``today`` by ``author``.
    """
    section = section_for(kind)
    model = section_model(section.key)
    values: dict[str, Any] = {}
    for assignment in assignments:
        info = field_info(model, assignment.key, section.label)
        value = parse_value(info, assignment.text)
        if assignment.operator == "+=" and info.kind == "lijst":
            value = (*values.get(info.attr, ()), *value)
        elif assignment.operator != "=":
            raise UserError(f"'{assignment.key}{assignment.operator}' kan alleen bij wijzig", "Schrijf veld=waarde.")
        if info.kind == "notities":
            value = ({"dag": today, "auteur": author, "tekst": value},) if value else ()
        values[info.attr] = value
    item, summary = make_item(plan, section.key, values, reserved)

    def add(current: Plan) -> Plan:
        _check_new_id(current, item.id, reserved)
        return current.model_copy(update={section.attr: (*getattr(current, section.attr), item)})

    return Edit(item.id, {}, summary, transform=add)


def make_item(plan: Plan, kind: str, values: dict[str, Any], reserved: Collection[str] = ()) -> tuple[Any, str]:
    """A new, checked item of section ``kind`` from typed values (attribute -> value), and its summary.

    The one way a new item comes to be, for ``nieuw``, the terminal view's form and a
    partneroverleg's verslag alike: the next free id of its series unless ``values`` names one
    (never an id in ``reserved``, the ids the file ever had), the required fields, the model's
    validation and every reference checked against ``plan``. Raises UserError naming the field.
    """
    section = section_for(kind)
    model = section_model(section.key)
    values = dict(values)
    item_id = values.get("id") or propose_id(plan, section.key, reserved)
    _check_new_id(plan, item_id, reserved)
    values["id"] = item_id
    fields = fields_of(model)
    missing = [f.key for f in fields.values() if f.required and values.get(f.attr) in (None, ())]
    if missing:
        needed = [f.key for f in fields.values() if f.required and f.key != "id"]
        raise MissingFields(
            f"een {section.label} heeft {_words(missing)} nodig; "
            + ("dat ontbreekt" if len(missing) == 1 else "die ontbreken"),
            f"Geef ze mee, bijvoorbeeld: regiotrack nieuw {section.key} "
            + " ".join(f"{k}=…" for k in needed)
            + f" (verplicht: {', '.join(needed)}).",
            missing,
        )
    item = _validated(model, values, item_id)
    _check_references(plan, section.key, item, [fields[k] for k in fields if fields[k].attr in values])
    lead = field_values(item, "trekker") or field_values(item, "trekkers")
    # "toegevoegd" rather than "nieuwe …": right for de- and het-words alike (het gremium)
    summary = f"{item_id}: {section.label} '{_short(title_of(item))}' toegevoegd" + (
        f" (trekker {', '.join(lead)})" if lead else ""
    )
    return item, summary


def change_item(plan: Plan, item_id: str, assignments: Sequence[Assignment]) -> Edit:
    """Change fields of any item; list fields also take ``+=`` (add one) and ``-=`` (remove one)."""
    if not assignments:
        raise UserError(
            "er staat niets te wijzigen", f'Geef veld=waarde, bijvoorbeeld: regiotrack wijzig {item_id} titel="…".'
        )
    if item_id == PLAN_ID:
        return change_plan(plan, assignments)
    section, item = find_any(plan, item_id)
    model = type(item)
    data = item.model_dump()
    changed: list[FieldInfo] = []
    parts = []
    for assignment in assignments:
        info = field_info(model, assignment.key, section.label)
        if info.key == "status":
            raise UserError(
                "de status verandert met 'zet', niet met wijzig: die legt ook gereed_op en de reden vast",
                f"Schrijf: regiotrack zet {item_id} {assignment.text.strip() or 'STATUS'}"
                + (' --reden "…"' if assignment.text.strip() == "vervallen" else ""),
            )
        if info.kind == "notities":
            raise UserError(
                "notities wijzigt u niet met wijzig: een notitie komt erbij, en vervangen of verwijderen is apart",
                f'Schrijf: regiotrack notitie {item_id} "tekst" (of --vervang N / --verwijder N).',
            )
        if info.key == "id":
            raise UserError(
                f"het id van {item_id} kan niet veranderen; ids zijn vast (geschiedenis, agenda's)",
                f"Maak een nieuw item met 'regiotrack nieuw {section.key}' en zet {item_id} op vervallen.",
            )
        before = data[info.attr]
        value = _combined(info, assignment, data[info.attr], item_id)
        data[info.attr] = value
        changed.append(info)
        parts.append(_change_text(info, assignment, before, value))
    new = _validated(model, data, item_id)
    _check_references(plan, section.key, new, changed)

    return Edit(item_id, {}, f"{item_id}: {'; '.join(parts)}", transform=lambda current: replace_any(current, new))


def replace_any(plan: Plan, new: Any) -> Plan:
    """The plan with the item of ``new``'s id replaced by ``new``, in its place in the file."""
    section, _ = find_any(plan, new.id)
    return replace_in_section(plan, section.attr, new)


PLAN_ID = "plan"
"""What ``wijzig`` takes for the plan's own fields (titel, regio, gemeenten, bron …)."""


def change_plan(plan: Plan, assignments: Sequence[Assignment]) -> Edit:
    """Change the plan's own top-level fields; the sections and the looptijd table are not fields here."""
    data = plan.model_dump()
    parts = []
    for assignment in assignments:
        info = field_info(Plan, assignment.key, "plan")
        if info.key in BY_KEY or info.key in ("looptijd", "schema", "id"):
            raise UserError(
                f"'{info.key}' van het plan verandert niet met wijzig",
                "Items voegt u toe met 'regiotrack nieuw'; id, schema en looptijd staan vast sinds 'init'.",
            )
        before = data[info.attr]
        data[info.attr] = _combined(info, assignment, before, PLAN_ID)
        parts.append(_change_text(info, assignment, before, data[info.attr]))
    sections = {s.attr: getattr(plan, s.attr) for s in SECTIONS}
    new = _validated(Plan, {**data, **sections}, PLAN_ID)
    changes = {info.attr: getattr(new, info.attr) for a in assignments if (info := field_info(Plan, a.key, "plan"))}
    return Edit(PLAN_ID, {}, f"plan: {'; '.join(parts)}", transform=lambda current: current.model_copy(update=changes))


def remove_item(plan: Plan, item_id: str) -> Edit:
    """Remove an item entered by mistake; refused while other items refer to it.

    The id stays reserved: it is in the file's git history, which ``propose_id`` reads.
    """
    section, item = find_any(plan, item_id)
    users = [(other, key) for other, key in referring(plan, item_id) if other.id != item_id]
    if users:
        names = ", ".join(f"{other.id} ({key})" for other, key in users)
        raise UserError(
            f"{item_id} kan niet weg: {len(users)} {'item verwijst' if len(users) == 1 else 'items verwijzen'} "
            f"ernaar: {names}",
            f"Wijzig die eerst (bijvoorbeeld regiotrack wijzig {users[0][0].id} {users[0][1]}=…), "
            f"of laat {item_id} staan.",
        )
    summary = f"{item_id}: {section.label} '{_short(title_of(item))}' verwijderd (per vergissing ingevoerd)"

    def remove(current: Plan) -> Plan:
        sec, _ = find_any(current, item_id)
        return current.model_copy(update={sec.attr: tuple(i for i in getattr(current, sec.attr) if i.id != item_id)})

    return Edit(item_id, {}, summary, transform=remove)


def _check_new_id(plan: Plan, item_id: str, reserved: Collection[str]) -> None:
    for section in SECTIONS:
        if item_id in map(attrgetter("id"), getattr(plan, section.attr, ())):
            raise UserError(
                f"id '{item_id}' bestaat al (een {section.label})",
                "Laat id= weg, dan stelt regiotrack het volgende vrije id voor, of kies een ander id.",
            )
    if item_id in reserved:
        raise UserError(
            f"id '{item_id}' was eerder in gebruik (zie 'regiotrack geschiedenis'); ids worden nooit hergebruikt",
            "Laat id= weg, dan stelt regiotrack het volgende vrije id voor.",
        )


def _combined(info: FieldInfo, assignment: Assignment, current: Any, item_id: str) -> Any:
    value = parse_value(info, assignment.text)
    if assignment.operator == "=":
        return value
    if info.kind != "lijst":
        raise UserError(
            f"veld '{info.key}' is geen lijst; '{assignment.operator}' werkt alleen bij lijsten",
            f"Schrijf {info.key}=waarde.",
        )
    current = tuple(current or ())
    if assignment.operator == "+=":
        double = [v for v in value if v in current]
        if double:
            raise UserError(f"{item_id} heeft '{double[0]}' al in '{info.key}'", f"Nu: {shown(current)}.")
        return (*current, *value)
    absent = [v for v in value if v not in current]
    if absent:
        raise UserError(
            f"'{absent[0]}' staat niet in '{info.key}' van {item_id}",
            f"Nu: {shown(current)}. Haal een van die waarden weg met {info.key}-=WAARDE.",
        )
    return tuple(v for v in current if v not in value)


def _change_text(info: FieldInfo, assignment: Assignment, before: Any, after: Any) -> str:
    if assignment.operator == "+=":
        return f"{info.key} + {assignment.text.strip()}"
    if assignment.operator == "-=":
        return f"{info.key} − {assignment.text.strip()}"
    return f"{info.key} {_short(shown(before))} → {_short(shown(after))}"


def _validated(model: type[FileModel], values: dict[str, Any], item_id: str) -> FileModel:
    try:
        return model.model_validate(values)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        attr = next((str(p) for p in first["loc"] if isinstance(p, str)), None)
        field = model.model_fields.get(attr or "")
        key = (field.alias or attr) if field else None
        message = str(first["msg"]).removeprefix("Value error, ")
        raise UserError(
            f"{item_id}" + (f", veld '{key}'" if key else "") + f": {message}",
            "Verbeter de waarde; 'regiotrack toon' laat zien wat er nu staat.",
        ) from None


def _check_references(plan: Plan, kind: str, item: Any, changed: Sequence[FieldInfo]) -> None:
    for info in changed:
        sections = targets(kind, info.key)
        values = field_values(item, info.key)
        if info.key == "gemeenten":
            known = list(plan.municipalities)
            where = "de gemeenten van het plan"
        elif sections:
            known = ids_in(plan, sections) + ([item.id] if kind in sections else [])
            where = " of ".join(f"[[{s}]]" for s in sections)
        else:
            continue
        for value in values:
            if value not in known:
                guess = did_you_mean(value, known)
                raise UserError(
                    f"{item.id}, veld '{info.key}': '{value}' bestaat niet" + (f"; {guess}" if guess else ""),
                    f"Gebruik een id uit {where}"
                    + (f", of maak het eerst aan met 'regiotrack nieuw {sections[0]}'." if sections else "."),
                )


def _words(keys: list[str]) -> str:
    quoted = [f"'{k}'" for k in keys]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " en " + quoted[-1]


def _short(text: str, width: int = 60) -> str:
    line = text.replace("\n", " ")
    return line if len(line) <= width else line[: width - 1] + "…"
