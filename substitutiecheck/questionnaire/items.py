"""The expanded questionnaire (:class:`Vragenlijst`, its sections, questions and choices) and the
fields of the proposal model a question can fill (:func:`voorstel_velden`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Any

from ..errors import SubstitutiecheckFout
from ..i18n import Tekst
from ..model import Veld as ContractVeld
from ..model import contract
from ..pack import Regelpakket
from ..values import frozen


class VragenlijstFout(SubstitutiecheckFout):
    """The questionnaire file is missing, broken, or does not fit the rule pack."""


# ---------------------------------------------------------------------------------------------
# The fields of the proposal model a question can fill
# ---------------------------------------------------------------------------------------------


@frozen
class Invulveld:
    """What a question may put in one proposal field: the questionnaire's view of a field of the
    proposal contract (:func:`substitutiecheck.model.contract`), by dotted path.

    ``soort``: 'tekst' (free text), 'keuze' (one of ``waarden``) or 'onderdeel' (an optional
    part of the proposal such as ``samenwerking``: 'ja' = present, 'nee' = left out).
    ``leeg_mag``: the field may be absent (an empty text, '' for 'no choice yet').
    """

    pad: str
    soort: str
    waarden: tuple[str, ...] = ()
    standaard: str | None = None
    leeg_mag: bool = True
    max_lengte: int | None = None
    """For 'tekst': the model's most characters, the questionnaire's limit too."""


def _leaf(pad: str, veld: ContractVeld) -> Invulveld:
    standaard = veld.standaard if isinstance(veld.standaard, str) and not veld.verplicht else None
    if veld.soort == "keuze":
        return Invulveld(
            pad, "keuze", veld.keuzes, standaard, leeg_mag=veld.leeg_mag or not veld.verplicht
        )
    return Invulveld(
        pad, "tekst", (), standaard, leeg_mag=not veld.verplicht, max_lengte=veld.max_lengte
    )


def voorstel_velden(pack: Regelpakket) -> dict[str, Invulveld]:
    """Every field of the pack's proposal contract a question may fill, by dotted path. Read from
    the plain-data contract (model.contract), not from the pydantic model: starting the
    questionnaire needs no pydantic (about 100 ms of its start)."""
    out: dict[str, Invulveld] = {}
    for veld in contract(pack).velden:
        if veld.soort == "object":
            if veld.leeg_mag:  # an optional part: present or left out
                out[veld.naam] = Invulveld(veld.naam, "onderdeel", ("ja", "nee"), "nee")
            for sub in veld.velden:
                out[f"{veld.naam}.{sub.naam}"] = _leaf(f"{veld.naam}.{sub.naam}", sub)
        else:
            out[veld.naam] = _leaf(veld.naam, veld)
    return out


# ---------------------------------------------------------------------------------------------
# The expanded questionnaire
# ---------------------------------------------------------------------------------------------


@frozen
class Keuze:
    waarde: str
    naam: Tekst
    uitleg: Tekst | None = None
    past_bij: tuple[str, ...] = ()  # samenwerkingsvormen: the categories the form fits


@frozen
class Sectie:
    id: str
    titel: Tekst
    intro: Tekst


@frozen
class Vraag:
    id: str  # the proposal field path it fills
    sectie: Sectie
    type: str  # 'tekst' | 'keuze'
    tekst: Tekst
    hulp: Tekst
    bron: tuple[str, ...] = ()
    als: Mapping[str, Any] | None = None
    verplicht: bool = False
    verplicht_als: Mapping[str, Any] | None = None
    max_lengte: int | None = None
    standaard: str | None = None
    keuzes: tuple[Keuze, ...] = ()
    kort: Tekst | None = None  # a short label for the overview (default: the question text)

    @property
    def label(self) -> Tekst:
        return self.kort or self.tekst

    def keuze(self, waarde: str) -> Keuze | None:
        return next((k for k in self.keuzes if k.waarde == waarde), None)


@frozen
class Vragenlijst:
    bestand: str
    versie: str
    titel: Tekst
    intro: Tekst
    vragen: tuple[Vraag, ...]
    velden: Mapping[str, Invulveld]
    pack: Regelpakket = field(repr=False)

    def vraag(self, qid: str) -> Vraag:
        return self._index[qid]

    @property
    def _index(self) -> dict[str, Vraag]:
        cache = self.__dict__.get("_idx")
        if cache is None:
            cache = {q.id: q for q in self.vragen}
            object.__setattr__(self, "_idx", cache)
        return cache

    @property
    def secties(self) -> list[Sectie]:
        seen: dict[str, Sectie] = {}
        for q in self.vragen:
            seen.setdefault(q.sectie.id, q.sectie)
        return list(seen.values())
