"""Who acts in a plan: organisations and governance bodies (gremia), declared once and referred to by id."""

from __future__ import annotations

from pydantic import Field

from regiotrack.plan.fields import FileModel, ItemId


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
