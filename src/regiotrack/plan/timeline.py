"""The timeline as data: the plan period, its steps, its rules and its recurring moments.

Re-exported by ``model.py``; no I/O.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from regiotrack.plan.fields import FileModel as FileModel
from regiotrack.plan.fields import ItemId as ItemId
from regiotrack.plan.fields import PeriodField as PeriodField
from regiotrack.plan.fields import Provenance
from regiotrack.plan.notelog import NOTE_KEYS, NoteLog
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
from regiotrack.plan.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from regiotrack.plan.vocabulary import STATUSES as STATUSES
from regiotrack.plan.vocabulary import STEP_KINDS as STEP_KINDS


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
