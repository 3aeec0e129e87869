"""Field types and the base model every plan item shares: ids, periods, Dutch aliases.

Kept apart from ``model.py`` so that the monitoring sections (``monitoring.py``) and the plan
itself build on the same pieces without importing each other.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from regiotrack.plan.periods import Period, PeriodError

_ID = re.compile(r"^[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")


def _check_id(value: Any) -> Any:
    if isinstance(value, str) and not _ID.match(value):
        raise ValueError(f"id '{value}' is ongeldig; gebruik hoofdletters, cijfers en streepjes, zoals 'B2-03'")
    return value


ItemId = Annotated[str, BeforeValidator(_check_id)]
"""A short, stable id such as ``T05``, ``B2-03``, ``WG-02`` or ``PO-2026-1``; never reused."""


def to_period(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _shared_period(value)
        except PeriodError as err:
            raise ValueError(str(err)) from None
    return value


@functools.lru_cache(maxsize=4096)
def _shared_period(text: str) -> Period:
    """One Period object per text: they are immutable, and a large plan repeats the same few
    ('2026-Q1') thousands of times, in memory and in the plan cache."""
    return Period.parse(text)


PeriodField = Annotated[
    Period,
    BeforeValidator(to_period),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string"}),
]
"""An imprecise period in the file grammar of ``periods.py``."""


_SHARED_FIELD_SETS: dict[frozenset[str], set[str]] = {}
"""One 'fields set' object per combination of fields (see ``FileModel._share_fields_set``)."""


class FileModel(BaseModel):
    """Shared settings: Dutch aliases, unknown keys refused, values immutable."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        frozen=True,
        str_strip_whitespace=False,
        # Schemas are built on the first validation, not at import: a plan read from the cache
        # (unpickled, never validated again) costs no schema building at all.
        defer_build=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _normal_text(cls, data: Any) -> Any:
        """Texts hold line ends as "\n" (Windows' "\r\n" too), and an optional text written as ""
        means the same as leaving the key out, as the writer does."""
        if not isinstance(data, dict):
            return data
        # One pass over the texts (this runs for every item of a plan of 100,000 items); a "\r\n"
        # that the join makes across two texts only costs a replace that changes nothing.
        texts = [v for v in data.values() if isinstance(v, str)]
        if "\r\n" in "\n".join(texts):
            data = {k: v.replace("\r\n", "\n") if isinstance(v, str) else v for k, v in data.items()}
        if "" in texts:
            optional = {f.alias or name for name, f in cls.model_fields.items() if f.default is None}
            data = {k: v for k, v in data.items() if not (v == "" and k in optional)}
        return data

    @model_validator(mode="after")
    def _share_fields_set(self) -> FileModel:
        """Items with the same keys share one set of set-field names instead of ~700 bytes each
        (70 MB in a plan of 100,000 items). Safe because the models are frozen: pydantic only
        changes that set on assignment, and ``model_copy`` copies it first. Equal short texts
        are likewise made one object (same value, so nothing a reader can tell)."""
        fields = self.__pydantic_fields_set__
        shared = _SHARED_FIELD_SETS.setdefault(frozenset(fields), fields)
        if shared is not fields:
            object.__setattr__(self, "__pydantic_fields_set__", shared)
        # Short texts repeat (status, trekker, werkgroep, bron): one object each, not one per item.
        values = self.__dict__
        for key, value in values.items():
            if type(value) is str and len(value) <= 32:
                values[key] = sys.intern(value)
        return self


# ---------------------------------------------------------------- provenance (§ + citaat, or aangenomen)

QUOTE_SEPARATOR = " … "
"""A citaat may join several verbatim fragments of the source with this separator."""


def quote_fragments(quote: str) -> list[str]:
    """The verbatim fragments of a citaat (split on ' … ')."""
    return [part.strip() for part in quote.split(QUOTE_SEPARATOR.strip()) if part.strip()]


class Provenance(FileModel):
    """Where an item's dates and owners come from: the source's words, or an assumption.

    Declared fields of a model that has provenance (see :data:`PROVENANCE_KEYS`): ``citaat``
    (the source's verbatim words, fragments joined by " … "), ``aangenomen`` (the file keys whose
    values the source does not give), ``aangenomen_door``, ``aangenomen_op`` and ``aanname``
    (who assumed them, when, and why). The checks run after the item's own validation.
    """

    @field_validator("assumed", check_fields=False)
    @classmethod
    def _assumed_are_fields(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        keys = [(f.alias or n) for n, f in cls.model_fields.items() if n not in PROVENANCE_ATTRS]
        for key in value:
            if key not in keys:
                from difflib import get_close_matches

                guess = get_close_matches(key, keys, n=1)
                hint = f"bedoelde u '{guess[0]}'" if guess else f"kies uit: {', '.join(keys)}"
                raise ValueError(f"'{key}' is geen veld van dit item; {hint}")
        return value

    @model_validator(mode="after")
    def _assumptions_are_signed(self) -> Any:
        assumed: tuple[str, ...] = getattr(self, "assumed", ())
        if not assumed:
            if getattr(self, "assumed_by", None) or getattr(self, "assumed_on", None):
                raise ValueError(
                    "aangenomen_door of aangenomen_op zonder 'aangenomen'; "
                    'noem welke velden aangenomen zijn, zoals aangenomen = ["deadline"]'
                )
            return self
        keys = {(f.alias or n): n for n, f in type(self).model_fields.items() if n not in PROVENANCE_ATTRS}
        for key in assumed:
            value = getattr(self, keys[key]) if key in keys else None
            if value is None or value == ():
                raise ValueError(
                    f"'{key}' staat in aangenomen maar heeft geen waarde; vul het veld in of haal het uit aangenomen"
                )
        if not getattr(self, "assumed_by", None) or getattr(self, "assumed_on", None) is None:
            raise ValueError(
                'een aanname zegt door wie en wanneer; vul aangenomen_door = "…" en aangenomen_op = 2026-01-31 in'
            )
        return self


PROVENANCE_ATTRS = frozenset({"quote", "assumed", "assumed_by", "assumed_on", "assumption"})
"""Model attributes of the provenance fields."""

PROVENANCE_KEYS = ("citaat", "aangenomen", "aangenomen_door", "aangenomen_op", "aanname")
"""Their file keys, in canonical order."""
