"""The sections for following the plan's effects (§1.3, §10.3): effecten, gebieden, indicatoren,
metingen and reflecties.

An effect is one of the four beoogde effecten of §1.3; afspraken and werkgroepen name the
effects they serve. A gebied is an area with a tactical area meeting (§10.4). An indicator is
declared with a definition, a unit and a source only where a source gives them; a meting is
one value of an indicator for one half-year (or, for a baseline the source gives, one year) in
the region, a gebied or a gemeente; a reflectie is the half-yearly look at one effect.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field, PlainSerializer, field_validator, model_validator

from regiotrack.plan.fields import FileModel, ItemId, PeriodField, Provenance
from regiotrack.plan.periods import Period
from regiotrack.plan.vocabulary import UNITS


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


Number = Annotated[float, PlainSerializer(_plain_number)]
"""A number written as a TOML integer when it is whole (9951, not 9951.0)."""


class Effect(FileModel):
    """One of the four beoogde effecten of §1.3, named as the source names it."""

    id: ItemId
    """Stable id, ``E1`` ... ``E4``."""
    name: str = Field(alias="naam")
    """The effect's name, verbatim (e.g. 'Voorkomen van geweld')."""
    description: str | None = Field(default=None, alias="omschrijving")
    """How the source explains it and what it aims at for residents."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph, '§1.3'."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's words, verbatim."""


class Area(Provenance):
    """An area (gebied) in which a tactical area meeting steers (§10.4)."""

    id: ItemId
    """Stable id, e.g. ``G-NW``."""
    name: str = Field(alias="naam")
    """Name, e.g. 'Amsterdam Nieuw-West'."""
    municipalities: tuple[str, ...] = Field(alias="gemeenten")
    """The municipalities (of the plan) the area lies in or consists of."""
    route: str | None = Field(default=None, alias="route")
    """How the area reports on its realisation (e.g. the stuurgroep GGSW, or an own route)."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words for this item, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why."""


class Indicator(Provenance):
    """What is measured twice a year, declared only as far as a source gives it."""

    id: ItemId
    """Stable id, e.g. ``I-01``."""
    name: str = Field(alias="naam")
    """Short name, e.g. 'Meldingen bij Veilig Thuis'."""
    definition: str = Field(alias="definitie")
    """What exactly is counted, in the source's terms."""
    unit: str = Field(alias="eenheid")
    """Unit of every value: one of ``vocabulary.UNITS``."""
    data_source: str | None = Field(default=None, alias="gegevensbron")
    """Who delivers the figures (e.g. 'Veilig Thuis')."""
    effects: tuple[str, ...] = Field(default=(), alias="effecten")
    """Ids of the effects it helps to follow."""
    norm: Number | None = Field(default=None, alias="norm")
    """A norm the source states (e.g. the Grevio norm), in the indicator's unit."""
    source: str | None = Field(default=None, alias="bron")
    """Paragraph of the plan that gives the definition and figures."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's own words, verbatim; several fragments joined by ' … '."""
    assumed: tuple[str, ...] = Field(default=(), alias="aangenomen")
    """File keys whose values the source does not give: assumptions."""
    assumed_by: str | None = Field(default=None, alias="aangenomen_door")
    """Who made the assumption."""
    assumed_on: date | None = Field(default=None, alias="aangenomen_op")
    """When."""
    assumption: str | None = Field(default=None, alias="aanname")
    """Why."""

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        if value not in UNITS:
            raise ValueError(f"eenheid '{value}' is onbekend; kies uit: {', '.join(UNITS)}")
        return value

    @property
    def title(self) -> str:
        """Name for listings."""
        return self.name


class Measurement(FileModel):
    """One value of an indicator: for a half-year of the plan, or a baseline year the source gives."""

    id: ItemId
    """Stable id, ``M-001`` ..."""
    indicator: str = Field(alias="indicator")
    """Id of the indicator."""
    period: PeriodField = Field(alias="periode")
    """A half-year of the plan ("2026-H1"), or for a baseline from the source a year ("2024")."""
    value: Number = Field(alias="waarde")
    """The value, in the indicator's unit."""
    area: str | None = Field(default=None, alias="gebied")
    """Id of the area it was measured in; without gebied and gemeente it is the whole region."""
    municipality: str | None = Field(default=None, alias="gemeente")
    """The municipality it was measured in."""
    source: str | None = Field(default=None, alias="bron")
    """Where the figure comes from (a paragraph of the plan for a baseline, or a report)."""
    quote: str | None = Field(default=None, alias="citaat")
    """The source's words for a baseline figure, verbatim."""
    note: str | None = Field(default=None, alias="notitie")
    """Free note."""

    @field_validator("value", mode="before")
    @classmethod
    def _number(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"waarde moet een getal zijn, niet {value!r}; schrijf bijvoorbeeld waarde = 9951")
        return value

    @field_validator("period")
    @classmethod
    def _half_year_or_year(cls, value: Period) -> Period:
        if value.end is not None or value.start.part is not None or value.precision not in ("halfjaar", "jaar"):
            raise ValueError(f"'{value}' is geen halfjaar of jaar; schrijf bijvoorbeeld \"2026-H1\"")
        return value

    @model_validator(mode="after")
    def _one_place(self) -> Measurement:
        if self.area is not None and self.municipality is not None:
            raise ValueError("een meting hoort bij een gebied óf een gemeente, niet beide; laat er één weg")
        return self

    @property
    def is_baseline(self) -> bool:
        """A yearly figure from the source (nulmeting), not a half-year measurement."""
        return self.period.precision == "jaar"

    @property
    def place(self) -> str:
        """'regio', the area id or the municipality."""
        return self.area or self.municipality or "regio"


class Reflection(FileModel):
    """The half-yearly reflection on one effect (§10.3): what the actions achieved towards it."""

    id: ItemId
    """Stable id, ``RF-E1-2026-H1``: one per effect per half-year."""
    effect: str = Field(alias="effect")
    """Id of the effect."""
    half_year: PeriodField = Field(alias="halfjaar")
    """The half-year reflected on."""
    text: str = Field(alias="tekst")
    """The reflection, in a few sentences."""

    @field_validator("half_year")
    @classmethod
    def _is_half_year(cls, value: Period) -> Period:
        if value.end is not None or value.precision != "halfjaar" or value.start.part is not None:
            raise ValueError(f"'{value}' is geen halfjaar; schrijf bijvoorbeeld \"2026-H1\"")
        return value


def reflection_id(effect: str, half_year: Period) -> str:
    """The id of the reflection on ``effect`` in ``half_year``."""
    return f"RF-{effect}-{half_year}"


def unit_problem(value: float, unit: str) -> str | None:
    """Why ``value`` cannot be a value in ``unit`` (Dutch), or None when it can."""
    low, high, whole = UNITS[unit]
    if value < low or (high is not None and value > high):
        top = f" tot en met {high:g}" if high is not None else ""
        return f"{value:g} ligt buiten het bereik van '{unit}' (van {low:g}{top})"
    if whole and not float(value).is_integer():
        return f"{value:g} is geen heel getal; '{unit}' telt in hele getallen"
    return None


def half_year_problem(period: Period, term: Any) -> str | None:
    """Why ``period`` is not a half-year inside the plan's term (``looptijd``), or None."""
    if period.first_day < term.start or period.last_day > term.end:
        return (
            f"{period.label()} valt buiten de looptijd van het plan "
            f"({term.start.year}-H1 tot en met {term.end.year}-H2)"
        )
    return None
