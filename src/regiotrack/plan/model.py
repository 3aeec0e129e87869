"""The plan as data: pydantic models with Dutch file keys (aliases) and English names in code.

No I/O and no Textual here. Models are frozen; an edit makes a new plan (see ``edits.py``).
Field order is the canonical key order of the plan file. Cross-item rules (references,
duplicate ids) live in ``validation.py`` so that every problem can be reported at once.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AliasChoices,
    BeforeValidator,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from regiotrack.plan.fields import FileModel as FileModel
from regiotrack.plan.fields import ItemId as ItemId
from regiotrack.plan.fields import PeriodField as PeriodField
from regiotrack.plan.fields import Provenance
from regiotrack.plan.fields import to_period as _to_period
from regiotrack.plan.monitoring import Area, Effect, Indicator, Measurement, Reflection
from regiotrack.plan.periods import Period, out_of_range
from regiotrack.plan.vocabulary import BY_KEY, Section
from regiotrack.plan.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from regiotrack.plan.vocabulary import STATUSES as STATUSES
from regiotrack.plan.vocabulary import STEP_KINDS as STEP_KINDS

Status = Literal["open", "lopend", "gereed", "geblokkeerd", "vervallen"]
"""Stored status of a step, agreement or partner meeting."""

StepKind = Literal["periode", "sessie", "deadline", "dag"]
"""Kind of a timeline row: a span of work, a meeting, a delivery moment, or one working day."""


def _check_range(value: date) -> date:
    message = out_of_range(value)
    if message is not None:
        raise ValueError(message)
    return value


PlanDate = Annotated[date, AfterValidator(_check_range)]
"""A day in the years regiotrack handles (``periods.FIRST_YEAR`` to ``LAST_YEAR``)."""


def _to_deadline(value: Any) -> Any:
    if isinstance(value, date):
        return _check_range(value)
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return _to_period(value)
    raise ValueError('moet een datum zijn (2026-03-31, zonder aanhalingstekens) of een periode als "2026-Q1"')


def _deadline_text(value: date | Period) -> date | str:
    return value if isinstance(value, date) else str(value)


Deadline = Annotated[
    date | Period,
    BeforeValidator(_to_deadline),
    PlainSerializer(_deadline_text),
    WithJsonSchema({"type": "string"}),
]
"""A deadline: an exact day, or a period that falls due on its last day."""

_LEAD = re.compile(r"^(\d+) (dag|dagen|werkdag|werkdagen|week|weken)$")


def _check_lead_time(value: Any) -> Any:
    if isinstance(value, str) and not _LEAD.match(value.strip()):
        raise ValueError(
            f'\'{value}\' is geen doorlooptijd; schrijf bijvoorbeeld "1 week", "2 weken", "5 dagen" of "3 werkdagen"'
        )
    return value


LeadTime = Annotated[str, BeforeValidator(_check_lead_time)]

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?:-([01]\d|2[0-3]):([0-5]\d))?$")


def _check_time(value: Any) -> Any:
    match = _TIME.match(value) if isinstance(value, str) else None
    if isinstance(value, str) and (match is None or (match[3] and (match[3], match[4]) <= (match[1], match[2]))):
        raise ValueError(f'\'{value}\' is geen tijd; schrijf "14:00" of "14:00-16:00" (einde na begin)')
    return value


TimeOfDay = Annotated[str, BeforeValidator(_check_time)]
"""A start time or time span on the item's day: "14:00" or "14:00-16:00" (Europe/Amsterdam)."""


def time_parts(text: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """((hour, minute) start, (hour, minute) end or None) of a valid time text."""
    match = _TIME.match(text)
    assert match is not None
    end = (int(match[3]), int(match[4])) if match[3] else None
    return (int(match[1]), int(match[2])), end


"""A lead time in words: "1 week", "5 dagen", "3 werkdagen"."""


def lead_time_parts(text: str) -> tuple[int, bool]:
    """Split a valid lead time into (number of days, counts working days only)."""
    match = _LEAD.match(text.strip())
    if match is None:
        raise ValueError(text)
    amount, unit = int(match[1]), match[2]
    if unit.startswith("week"):
        return amount * 7, False
    return amount, unit.startswith("werkdag")


class NoteEntry(FileModel):
    """One entry of an item's note log: what was noted, on which day, by whom."""

    day: PlanDate | None = Field(default=None, alias="dag")
    """Day it was written; unknown for notes from before the log (the old ``notitie``)."""
    author: str | None = Field(default=None, alias="auteur")
    """Who wrote it (the git identity); unknown for notes from before the log."""
    text: str = Field(alias="tekst")
    """The note."""

    def heading(self) -> str:
        """'2026-11-22, Test Adviseur' or 'datum onbekend' for an undated entry."""
        parts = [self.day.isoformat() if self.day else "datum onbekend"]
        if self.author:
            parts.append(self.author)
        return ", ".join(parts)


def _to_notes(value: Any) -> Any:
    """The note log; an old single ``notitie = "…"`` is read as one entry without day or author."""
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").strip("\n")
        return ({"tekst": text},) if text.strip() else ()
    return value


NoteLog = Annotated[tuple[NoteEntry, ...], BeforeValidator(_to_notes)]
"""An item's notes, newest first."""

NOTE_KEYS = AliasChoices("notities", "notitie")
"""The note log is written as ``notities``; ``notitie`` (one text, before the log) is read too."""


def notes_text(notes: tuple[NoteEntry, ...]) -> str:
    """The whole log as plain text, newest first: '2026-11-22, Test Adviseur: tekst'."""
    return "\n".join(f"{n.heading()}: {n.text}" if n.day or n.author else n.text for n in notes)


class Organisation(FileModel):
    """An organisation that can lead (trekken) or join an agreement or working group."""

    id: ItemId
    """Short id used in references, e.g. ``VT``."""
    name: str = Field(alias="naam")
    """Full name, e.g. 'Veilig Thuis Amsterdam-Amstelland'."""
    kind: str | None = Field(default=None, alias="soort")
    """Free classification, e.g. 'gemeente', 'uitvoeringspartner', 'rijk'."""
    contact: str | None = Field(default=None, alias="contact")
    """A functional contact address of the organisation (never a resident's)."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan that names it, e.g. '§4.2'."""


class Body(FileModel):
    """A governance body (gremium): ABDB, programmateam, stuurgroep HGKM, gemeenteraden ..."""

    id: ItemId
    """Short id used in references, e.g. ``ABDB``."""
    name: str = Field(alias="naam")
    """Full name."""
    description: str | None = Field(default=None, alias="omschrijving")
    """What the body does in this plan."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan that describes it."""


class Term(FileModel):
    """The period the plan runs (looptijd)."""

    start: PlanDate = Field(alias="van")
    """First day of the plan period."""
    end: PlanDate = Field(alias="tot")
    """Last day of the plan period (inclusive)."""


class Step(FileModel):
    """A row of the consultation and decision timeline (tijdlijn).

    Exactly one of ``datum``, ``van``+``tot`` or ``periode`` says when it happens.
    """

    id: ItemId
    """Stable id, ``T01`` ... in the order of the source table."""
    activity: str = Field(alias="activiteit")
    """What happens, as the source says it."""
    kind: StepKind = Field(alias="soort")
    """periode, sessie, deadline or dag."""
    day: PlanDate | None = Field(default=None, alias="datum")
    """The single day, for rows such as '26-sep'."""
    start: PlanDate | None = Field(default=None, alias="van")
    """First day of a range such as '1 september - 5 september'."""
    end: PlanDate | None = Field(default=None, alias="tot")
    """Last day (inclusive) of a range."""
    period: PeriodField | None = Field(default=None, alias="periode")
    """An imprecise moment such as 'Januari' or 'Eind februari/begin maart'."""
    time: TimeOfDay | None = Field(default=None, alias="tijd")
    """Time of a session on its day, e.g. "14:00-16:00"; without it the step is all-day."""
    location: str | None = Field(default=None, alias="locatie")
    """Where a session takes place (a meeting room or a video link; never a resident's address)."""
    duration: str | None = Field(default=None, alias="duur")
    """Duration in the source's words: '1 week', '1 sessie', 'Hele maand'."""
    body: str | None = Field(default=None, alias="gremium")
    """Id of the body that meets or receives the papers."""
    papers_lead_time: LeadTime | None = Field(default=None, alias="stukken_vooraf")
    """Papers are due this long before the session ('Week van tevoren stukken aanleveren')."""
    papers_for: str | None = Field(default=None, alias="stukken_voor")
    """Id of the session this deadline delivers papers for ('1 week voor Stuurgroep')."""
    fixed_date: bool = Field(default=False, alias="vaste_datum")
    """The date cannot move ('Vaste datum')."""
    done_by: PlanDate | None = Field(default=None, alias="af_op")
    """The result must be finished on this day ('AF op 3 november')."""
    remark: str | None = Field(default=None, alias="opmerking")
    """The source's remark, verbatim."""
    status: Status = "open"
    """Stored status."""
    done_on: PlanDate | None = Field(default=None, alias="gereed_op")
    """Day the step was reported done."""
    reason: str | None = Field(default=None, alias="reden")
    """Why the step was dropped (status vervallen), in the words of who dropped it."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""

    @model_validator(mode="after")
    def _one_way_of_dating(self) -> Step:
        forms = [self.day is not None, self.start is not None or self.end is not None, self.period is not None]
        if sum(forms) != 1:
            raise ValueError(
                "niet eenduidig wanneer deze stap is; geef precies één van: datum = 2025-09-26, "
                'of van = … en tot = …, of periode = "2026-01"'
            )
        if (self.start is None) != (self.end is None):
            raise ValueError("'van' en 'tot' horen samen; vul beide in")
        if self.time is not None and self.day is None:
            raise ValueError("een tijd hoort bij een stap op één dag; gebruik datum = … met tijd = …")
        return self

    @property
    def first_day(self) -> date:
        """The earliest day the step can take place."""
        if self.day is not None:
            return self.day
        if self.start is not None:
            return self.start
        assert self.period is not None
        return self.period.first_day

    @property
    def last_day(self) -> date:
        """The latest day the step can take place."""
        if self.day is not None:
            return self.day
        if self.end is not None:
            return self.end
        assert self.period is not None
        return self.period.last_day

    @property
    def is_exact(self) -> bool:
        """True when the step is dated to the day (not by an imprecise period)."""
        return self.period is None

    @property
    def title(self) -> str:
        """Common name for listings."""
        return self.activity


class Constraint(Provenance):
    """A rule on the timeline, e.g. the council decision before the elections of 18 March 2026."""

    id: ItemId
    """Stable id, e.g. ``R-01``."""
    description: str = Field(alias="omschrijving")
    """The rule in words."""
    step: str = Field(alias="stap")
    """Id of the step the rule is about."""
    before: PlanDate = Field(alias="voor")
    """The step must be finished strictly before this day."""
    strength: Literal["eis", "voorkeur"] = Field(default="eis", alias="sterkte")
    """'eis' (must) or 'voorkeur' (should, as the source's 'het geniet de voorkeur')."""
    source: str | None = Field(default=None, alias="bron")
    """Where the plan states the rule."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give, e.g. ["deadline"]: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption (a role or a body)."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When the assumption was made."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why: the reasoning behind the assumption."""


class Agreement(Provenance):
    """An agreed action (afspraak) with a lead organisation, a deadline and a status."""

    id: ItemId
    """Stable id: ``B2-01`` for Bijlage 2, ``A-01`` for later commitments."""
    title: str = Field(alias="titel")
    """What is agreed, in one line."""
    description: str | None = Field(default=None, alias="omschrijving")
    """Longer text from the source."""
    lead: str | None = Field(default=None, alias="trekker")
    """Id of the organisation (or body) that pulls it; None: not yet set ("nog vast te stellen")."""
    partners: tuple[str, ...] = Field(default=(), alias="partners")
    """Ids of organisations or bodies that take part."""
    working_group: str | None = Field(default=None, alias="werkgroep")
    """Id of the working group it belongs to."""
    body: str | None = Field(default=None, alias="gremium")
    """Id of the body that decides on it or receives it."""
    municipalities: tuple[str, ...] = Field(default=(), alias="gemeenten")
    """Municipalities it concerns; empty means all of the plan's municipalities."""
    areas: tuple[str, ...] = Field(default=(), alias="gebieden")
    """Ids of the areas (gebieden, §10.4) it concerns; empty means no particular area."""
    effects: tuple[str, ...] = Field(default=(), alias="effecten")
    """Ids of the beoogde effecten (§1.3) it serves, e.g. ["E1"]."""
    deadline: Deadline | None = Field(default=None, alias="deadline")
    """Exact day, or a period such as "2026-Q1" (due on its last day); None: not yet set."""
    status: Status = "open"
    """Stored status."""
    done_on: PlanDate | None = Field(default=None, alias="gereed_op")
    """Day it was reported done."""
    reason: str | None = Field(default=None, alias="reden")
    """Why it was retired (status vervallen)."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan it comes from, e.g. '§4.3'."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give, e.g. ["deadline"]: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption (a role or a body)."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When the assumption was made."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why: the reasoning behind the assumption."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""


class WorkingGroup(Provenance):
    """A werk- or leergroep that carries a development line (§10.4)."""

    id: ItemId
    """Stable id, ``WG-01`` ..."""
    name: str = Field(alias="naam")
    """What the group works on."""
    leads: tuple[str, ...] = Field(alias="trekkers")
    """Ids of the organisations that pull the group."""
    facilitators: tuple[str, ...] = Field(default=(), alias="facilitators")
    """Ids of who facilitates it (Expertiseplatform, programmateam)."""
    effects: tuple[str, ...] = Field(default=(), alias="effecten")
    """Ids of the beoogde effecten (§1.3) it serves."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give, e.g. ["deadline"]: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption (a role or a body)."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When the assumption was made."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why: the reasoning behind the assumption."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""

    @field_validator("leads")
    @classmethod
    def _at_least_one_lead(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError('een werkgroep heeft minstens één trekker; vul trekkers = ["…"] in')
        return value


class PartnerMeeting(Provenance):
    """The half-yearly partneroverleg: look back on the past half-year, ahead to the next."""

    id: ItemId
    """Stable id, ``PO-2026-1`` for the first half of 2026."""
    half_year: PeriodField = Field(alias="halfjaar")
    """The half-year it belongs to, e.g. "2026-H1"."""
    day: PlanDate | None = Field(default=None, alias="datum")
    """Meeting day, when set; often not yet known."""
    time: TimeOfDay | None = Field(default=None, alias="tijd")
    """Meeting time, e.g. "09:30-12:00"."""
    location: str | None = Field(default=None, alias="locatie")
    """Where the meeting takes place (a meeting room or a video link)."""
    prepared_by: str | None = Field(default=None, alias="voorbereiding")
    """Id of who prepares it (the programmateam, §10.3)."""
    status: Status = "open"
    """Stored status: open until held, then gereed."""
    done_on: PlanDate | None = Field(default=None, alias="gereed_op")
    """Day it was reported held."""
    reason: str | None = Field(default=None, alias="reden")
    """Why the meeting was dropped (status vervallen)."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan that sets it (§10.3)."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give, e.g. ["deadline"]: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption (a role or a body)."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When the assumption was made."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why: the reasoning behind the assumption."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""

    @field_validator("half_year")
    @classmethod
    def _is_half_year(cls, value: Period) -> Period:
        if value.end is not None or value.precision != "halfjaar" or value.start.part is not None:
            raise ValueError(f'\'{value}\' is geen halfjaar; schrijf bijvoorbeeld "2026-H1" of "2026-H2"')
        return value

    @property
    def title(self) -> str:
        """Name for listings, e.g. 'Partneroverleg 1e halfjaar 2026'."""
        return f"Partneroverleg {self.half_year.label()}"


class Recurring(Provenance):
    """A moment that comes back, e.g. the Dag tegen Ouderenmishandeling every 15 June."""

    id: ItemId
    """Stable id, e.g. ``J-01``."""
    name: str = Field(alias="naam")
    """What the moment is."""
    rule: str = Field(alias="regel")
    """An iCalendar RRULE, e.g. "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"."""
    first: PlanDate = Field(alias="vanaf")
    """First occurrence (DTSTART)."""
    until: PlanDate | None = Field(default=None, alias="tot")
    """Last day it can occur, if it ends."""
    lead: str | None = Field(default=None, alias="trekker")
    """Id of who organises it, if anyone."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give, e.g. ["deadline"]: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption (a role or a body)."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When the assumption was made."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why: the reasoning behind the assumption."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""

    @field_validator("rule")
    @classmethod
    def _valid_rrule(cls, value: str) -> str:
        from regiotrack.plan.rrule import check_rule  # imported here: only plans with recurring items pay

        check_rule(value)
        return value


class Plan(FileModel):
    """One plan period: the whole content of one TOML file in ``plans/``."""

    schema_version: int = Field(default=SCHEMA_VERSION, alias="schema")
    """Plan-file schema version."""
    id: ItemId
    """Id of the plan, used in calendar UIDs, e.g. ``HGKMSG-2025-2029``."""
    title: str = Field(alias="titel")
    """Full title."""
    region: str = Field(alias="regio")
    """Region, e.g. 'Amsterdam-Amstelland'."""
    municipalities: tuple[str, ...] = Field(alias="gemeenten")
    """The municipalities taking part."""
    term: Term = Field(alias="looptijd")
    """The plan period."""
    timezone: str = Field(default="Europe/Amsterdam", alias="tijdzone")
    """Time zone of all dates; a date-only deadline falls due at the end of that day here."""
    source: str | None = Field(default=None, alias="bron")
    """The document the plan was transcribed from."""
    url: str | None = Field(default=None, alias="url")
    """Web address where the plan is published (https://…); an item's link is url + '#' + id."""
    organisations: tuple[Organisation, ...] = Field(default=(), alias="organisatie")
    """Organisations, declared once."""
    bodies: tuple[Body, ...] = Field(default=(), alias="gremium")
    """Governance bodies, declared once."""
    effects: tuple[Effect, ...] = Field(default=(), alias="effect")
    """The beoogde effecten (§1.3)."""
    areas: tuple[Area, ...] = Field(default=(), alias="gebied")
    """Areas with a tactical area meeting (§10.4)."""
    steps: tuple[Step, ...] = Field(default=(), alias="stap")
    """The consultation and decision timeline."""
    constraints: tuple[Constraint, ...] = Field(default=(), alias="randvoorwaarde")
    """Rules on the timeline."""
    agreements: tuple[Agreement, ...] = Field(default=(), alias="afspraak")
    """Agreed actions."""
    working_groups: tuple[WorkingGroup, ...] = Field(default=(), alias="werkgroep")
    """Werk- en leergroepen."""
    partner_meetings: tuple[PartnerMeeting, ...] = Field(default=(), alias="partneroverleg")
    """Half-yearly partner meetings."""
    recurring: tuple[Recurring, ...] = Field(default=(), alias="terugkerend")
    """Recurring moments."""
    indicators: tuple[Indicator, ...] = Field(default=(), alias="indicator")
    """Indicators for the half-yearly monitoring."""
    measurements: tuple[Measurement, ...] = Field(default=(), alias="meting")
    """Measured values of the indicators."""
    reflections: tuple[Reflection, ...] = Field(default=(), alias="reflectie")
    """Half-yearly reflections per effect."""

    @field_validator("schema_version")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError(
                f"dit plan gebruikt schemaversie {value}, deze regiotrack kent versie "
                f"{SCHEMA_VERSION}; werk regiotrack bij (pip install -U regiotrack)"
            )
        if value < 1:
            raise ValueError("schemaversie begint bij 1")
        return value

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s#]+$", value):
            raise ValueError(
                f"url '{value}' is geen webadres; schrijf bijvoorbeeld \"https://plan.example.nl/\" (zonder #)"
            )
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"tijdzone '{value}' is onbekend; gebruik \"Europe/Amsterdam\"") from None
        return value


TrackedItem = Step | Agreement | PartnerMeeting
"""Items that carry a status and fall due."""


def section_model(key: str) -> type[FileModel]:
    """The model of one item of the section with this file key (``afspraak`` -> Agreement)."""
    return _MODELS[key]


def section_of(item: FileModel) -> Section:
    """The section an item belongs to."""
    return _SECTION_OF_TYPE[type(item)]


def _item_model(key: str) -> type[FileModel]:
    annotation = Plan.model_fields[BY_KEY[key].attr].annotation  # tuple[Model, ...]
    model: type[FileModel] = annotation.__args__[0]  # type: ignore[union-attr]
    return model


_MODELS: dict[str, type[FileModel]] = {key: _item_model(key) for key in BY_KEY}
_SECTION_OF_TYPE: dict[type[FileModel], Section] = {model: BY_KEY[key] for key, model in _MODELS.items()}
