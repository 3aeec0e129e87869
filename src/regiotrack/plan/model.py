"""The plan as data: pydantic models with Dutch file keys (aliases) and English names in code.

No I/O and no Textual here. Models are frozen; an edit makes a new plan (see ``edits.py``).
Field order is the canonical key order of the plan file. Cross-item rules (references,
duplicate ids) live in ``check/validation.py`` so that every problem can be reported at once.
Value types of fields are in ``values.py``, the timeline's models (Term, Step, Constraint,
Recurring) in ``timeline.py``; both are re-exported here.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from regiotrack.plan.actors import Body as Body
from regiotrack.plan.actors import Organisation as Organisation
from regiotrack.plan.fields import FileModel as FileModel
from regiotrack.plan.fields import ItemId as ItemId
from regiotrack.plan.fields import PeriodField as PeriodField
from regiotrack.plan.fields import Provenance
from regiotrack.plan.monitoring import Area, Effect, Indicator, Measurement, Reflection
from regiotrack.plan.notelog import NOTE_KEYS as NOTE_KEYS
from regiotrack.plan.notelog import NoteEntry as NoteEntry
from regiotrack.plan.notelog import NoteLog as NoteLog
from regiotrack.plan.notelog import notes_text as notes_text
from regiotrack.plan.periods import Period
from regiotrack.plan.timeline import Constraint as Constraint
from regiotrack.plan.timeline import Recurring as Recurring
from regiotrack.plan.timeline import Step as Step
from regiotrack.plan.timeline import Term as Term
from regiotrack.plan.values import VERDICTS as VERDICTS
from regiotrack.plan.values import Deadline as Deadline
from regiotrack.plan.values import LeadTime as LeadTime
from regiotrack.plan.values import PlanDate as PlanDate
from regiotrack.plan.values import ReviewText as ReviewText
from regiotrack.plan.values import Status as Status
from regiotrack.plan.values import StepKind as StepKind
from regiotrack.plan.values import TimeOfDay as TimeOfDay
from regiotrack.plan.values import lead_time_parts as lead_time_parts
from regiotrack.plan.values import parse_review as parse_review
from regiotrack.plan.values import time_parts as time_parts
from regiotrack.plan.vocabulary import BY_KEY, Section
from regiotrack.plan.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from regiotrack.plan.vocabulary import STATUSES as STATUSES
from regiotrack.plan.vocabulary import STEP_KINDS as STEP_KINDS


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
    serves: tuple[ItemId, ...] = Field(default=(), alias="dient")
    """In a local plan: ids of the regional afspraken or werkgroepen this local action serves."""
    reviews: tuple[ReviewText, ...] = Field(default=(), alias="beoordelingen")
    """Yearly reviews of a local action, one line each: '2026: versterken — toelichting'."""
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
    proposal: bool = Field(default=False, alias="voorstel")
    """A proposal not yet set by a partneroverleg or gremium (not counted as late).

    Absent means set: the afspraken that came with the plan were adopted with it.
    """
    set_in: str | None = Field(default=None, alias="vastgesteld_in")
    """Id of the partneroverleg or gremium that last set it, e.g. ``PO-2026-2``."""
    notes: NoteLog = Field(default=(), alias="notities", validation_alias=NOTE_KEYS)
    """Dated notes by the programmateam, newest first (read from an old single ``notitie`` too)."""

    @model_validator(mode="after")
    def _proposal_or_set(self) -> Agreement:
        if self.proposal and self.set_in is not None:
            raise ValueError(
                f'een voorstel is nog niet vastgesteld, maar vastgesteld_in = "{self.set_in}"; '
                "haal 'voorstel = true' weg of laat vastgesteld_in leeg"
            )
        return self


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
    agenda_lead_time: LeadTime | None = Field(default=None, alias="agenda_vooraf")
    """How long before the meeting the agenda goes out; absent means two weeks."""
    agenda_sent: PlanDate | None = Field(default=None, alias="agenda_verzonden")
    """Day the agenda pack was sent to the partners."""
    status: Status = "open"
    """Stored status: open until held, then gereed."""
    done_on: PlanDate | None = Field(default=None, alias="gereed_op")
    """Day it was held (set by its verslag)."""
    present: tuple[str, ...] = Field(default=(), alias="aanwezig")
    """Ids of the organisations (and bodies) present, from the verslag."""
    decisions: tuple[str, ...] = Field(default=(), alias="per_afspraak")
    """Its decision per afspraak, as the verslag records it: 'B2-03: bijstellen (deadline …)'."""
    resolutions: tuple[str, ...] = Field(default=(), alias="besluiten")
    """Free decisions (besluiten) from the verslag."""
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

    @property
    def has_minutes(self) -> bool:
        """True when a verslag has been recorded for it."""
        return self.status == "gereed" and self.done_on is not None and bool(self.present or self.decisions)

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
    municipality: str | None = Field(default=None, alias="gemeente")
    """In a local plan: the municipality that owns it (one of the regional plan's ``gemeenten``)."""
    regional: str | None = Field(default=None, alias="regionaal")
    """In a local plan: the regional plan it serves, as a path relative to this file."""
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
