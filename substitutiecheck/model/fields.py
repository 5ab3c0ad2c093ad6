"""One field of the proposal contract, :class:`Veld`, and the lengths of the free-text fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Any

from ..i18n import t
from ..values import frozen


@frozen
class Veld:
    """One field of the proposal contract.

    ``soort``: 'tekst' (a string), 'keuze' (one of ``keuzes``) or 'object' (with ``velden``).
    A field that is not ``verplicht`` takes ``standaard`` when absent; an object's default is
    the object of its fields' defaults. ``leeg_mag``: null is allowed (and the default)."""

    naam: str
    soort: str
    beschrijving: str
    keuzes: tuple[str, ...] = ()
    velden: tuple[Veld, ...] = ()
    verplicht: bool = False
    leeg_mag: bool = False
    standaard: Any = None
    titel: Mapping[str, str] | None = None
    """Display name ({'nl', 'en'}): the schema's ``title``, the id reference's name."""
    uitleg: Mapping[str, str] | None = None
    """One line of meaning ({'nl', 'en'}); ``beschrijving`` (Dutch) when absent."""
    keuze_teksten: tuple[tuple[str, Mapping[str, str], Mapping[str, str]], ...] = ()
    """Per choice of a 'keuze' field from the pack: (id, display name, one line of meaning)."""

    def tekst(self, taal: str) -> tuple[str, str]:
        """(display name, meaning) in ``taal``."""
        titel = t(self.titel, taal) if self.titel else self.naam
        return titel, t(self.uitleg, taal) if self.uitleg else self.beschrijving

    max_lengte: int | None = None
    """For 'tekst': the most characters (schema ``maxLength``); free text is a title, not a book."""
    namen: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """The names of ``velden``, in order (set on creation)."""
    keuze_set: frozenset[str] = field(init=False, repr=False, compare=False)
    """``keuzes`` as a set (set on creation): the validator's common case in one lookup."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "namen", tuple(v.naam for v in self.velden))
        object.__setattr__(self, "keuze_set", frozenset(self.keuzes))

    def leeg(self) -> Any:
        """The value of the field when the proposal leaves it out."""
        if self.leeg_mag or self.soort != "object":
            return self.standaard
        return {v.naam: v.leeg() for v in self.velden}


MAX_TITEL, MAX_REGIO, MAX_OMSCHRIJVING = 500, 200, 2000
"""Most characters of the free-text fields (the questionnaire allows 200, 200 and 500)."""
