"""Evaluate a proposal against a rule pack: validate, build the fact, let the engine fire, and
turn the fired rules into findings, the verdict of DOMAIN §7 and a :class:`Rapport`."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, cast

from . import engine as _engine
from .conditions import Knoop
from .context import bouw_toelichting, bronverwijzingen
from .errors import InvoerFout
from .evaluation_plan import Plan, naam_van, plan_van
from .i18n import t, tekst
from .model import lees_voorstel
from .pack import Regel, Regelpakket, laad_regelpakket, standaard_regelpakket
from .report import (
    Advies,
    Bevinding,
    Ernst,
    Invoer,
    OntbrekendeVoorwaarde,
    Rapport,
)
from .runtime import MAX_BEVINDINGEN, runtime_for
from .values import frozen


def resolve_pack(regels: Regelpakket | str | Path | None) -> Regelpakket:
    if regels is None:
        return standaard_regelpakket()
    if isinstance(regels, Regelpakket):
        return regels
    return laad_regelpakket(regels)


def _engine_for(pack: Regelpakket) -> tuple[_engine.RuleEngine, dict[str, tuple[Regel, bool]]]:
    runtime = runtime_for(pack)
    cached = runtime.engine
    if cached is not None and not cached[0].gesloten:  # closed: the engine cache let it go
        return cached  # type: ignore[no-any-return]
    variants: list[tuple[str, Knoop]] = []
    by_key: dict[str, tuple[Regel, bool]] = {}
    for regel in pack.regels:
        for key, cond, blocking in regel.variants():
            variants.append((key, cond))
            by_key[key] = (regel, blocking)
    name = f"substitutiecheck_{pack.naam}_{pack.hash.replace(':', '_')}"
    result = (_engine.engine_for(name, variants), by_key)
    runtime.engine = result
    return result


def feit(voorstel: Mapping[str, Any], pack: Regelpakket) -> dict[str, str]:
    """The flat fact for the engine from a validated proposal (:func:`lees_voorstel`): every
    field of the pack, absent values as '' / 'onbekend'."""
    return plan_van(pack).feit(voorstel)


def _finding(
    pack: Regelpakket,
    cache: dict[Any, Any],
    key: str,
    antwoord: str | None,
    taal: str,
    by_key: Mapping[str, tuple[Regel, bool]],
) -> tuple[Bevinding, OntbrekendeVoorwaarde | None]:
    """The finding (and missing condition) of one fired rule. They depend only on the rule, the
    answer and the language, and are frozen: built once per pack and shared between reports
    (``cache``, the pack's runtime's ``bevindingen``)."""
    cache_key = (key, antwoord, taal)
    hit: tuple[Bevinding, OntbrekendeVoorwaarde | None] | None = cache.get(cache_key)
    if hit is not None:
        return hit
    regel, blocking = by_key[key]
    ernst = cast(Ernst, regel.ernst_blokkerend if blocking else regel.ernst)  # schema-checked
    bronnen = bronverwijzingen(pack, regel.bron, taal)
    bevinding = Bevinding(
        regel=regel.id,
        ernst=ernst,
        blokkerend=blocking,
        veld=regel.veld,
        antwoord=antwoord,
        naam=t(regel.naam, taal),
        tekst=t(regel.tekst, taal),
        advies=t(regel.advies, taal) or None,
        bronnen=bronnen,
    )
    ontbrekend = None
    if ernst != "notitie":
        ontbrekend = OntbrekendeVoorwaarde(
            id=regel.onderwerp,
            soort=regel.soort,
            groep=regel.groep,
            veld=regel.veld,
            naam=t(regel.naam, taal),
            antwoord=antwoord,
            blokkerend=blocking,
            blokkeert_bij=_BLOCKING_ANSWER.get(regel.soort) if blocking else None,
            ernst=ernst,
            regel=regel.id,
            advies=t(regel.advies, taal) or None,
            bronnen=bronnen,
        )
    if len(cache) < MAX_BEVINDINGEN:  # bounded: keys x answers x languages is small
        cache[cache_key] = (bevinding, ontbrekend)
    return bevinding, ontbrekend


def evaluate(
    voorstel: Any,
    pack: Regelpakket,
    taal: str = "nl",
    toelichting: bool = True,
    invoer: Invoer | None = None,
) -> Rapport:
    """The report for one proposal (a dict or a proposal model). Raises InvoerFout on bad input.

    ``invoer``: where the proposal came from (file, line), set in the report as it is built
    (:meth:`Rapport.met_invoer` still works, at the cost of a copy).

    A proposal only: input in another shape (a FHIR QuestionnaireResponse) is converted first by
    the input layer (:func:`substitutiecheck.inputs.als_voorstel`); the core knows no adapter."""
    model = lees_voorstel(voorstel, pack)
    plan = plan_van(pack)
    fact = plan.feit(model)
    eng, by_key = _engine_for(pack)
    try:
        fired = eng.fire(fact)  # each key once, in pack order
    except _engine.EngineGesloten:  # closed by the engine cache just now (another thread)
        eng, by_key = _engine_for(pack)
        fired = eng.fire(fact)
    return _rapport(_Opdracht(pack, plan, by_key, taal, toelichting), model, fact, fired, invoer)


CHUNK = 256
"""Proposals per durable_rules session in :func:`evaluate_many` (measured in benchmarks/motor.py)."""


def evaluate_many(
    items: Iterable[tuple[Any, Invoer | None]],
    pack: Regelpakket,
    taal: str = "nl",
    toelichting: bool = True,
    chunk: int = CHUNK,
) -> Iterator[Rapport | InvoerFout]:
    """The report for every (proposal, input location) of ``items``, lazily and in input order:
    one result per item, each the same as ``evaluate(voorstel, pack, taal, toelichting, invoer)``.

    An invalid proposal yields its :class:`InvoerFout` in its place (it is not raised) and the
    other proposals of its chunk are still evaluated; an item whose proposal is itself an
    ``InvoerFout`` (a read or conversion error found at the edge) is yielded as it is, in its
    place. ``chunk`` proposals are read, validated and fired at a time (one
    :meth:`RuleEngine.fire_many`, whose session takes SESSION_FACTS facts before it is renewed):
    no more than one chunk is held in memory. Engine errors
    (:class:`EngineFout`) are raised."""
    if chunk < 1:
        raise ValueError(f"chunk moet minstens 1 zijn, niet {chunk!r}")
    it = iter(items)
    while True:
        batch = list(itertools.islice(it, chunk))
        if not batch:
            return
        yield from _veel(batch, pack, taal, toelichting)


def _veel(
    batch: list[tuple[Any, Invoer | None]], pack: Regelpakket, taal: str, toelichting: bool
) -> Iterator[Rapport | InvoerFout]:
    """The results of one chunk, in order."""
    plan = plan_van(pack)
    results: list[Rapport | InvoerFout | None] = []
    models: list[tuple[int, Mapping[str, Any], dict[str, str], Invoer | None]] = []
    for voorstel, invoer in batch:
        if isinstance(voorstel, InvoerFout):
            results.append(voorstel)
            continue
        try:
            model = lees_voorstel(voorstel, pack)
        except InvoerFout as e:
            results.append(e)
            continue
        models.append((len(results), model, plan.feit(model), invoer))
        results.append(None)
    if models:
        facts = [fact for _, _, fact, _ in models]
        eng, by_key = _engine_for(pack)
        try:
            fired = eng.fire_many(facts)
        except _engine.EngineGesloten:  # closed by the engine cache just now (another thread)
            eng, by_key = _engine_for(pack)
            fired = eng.fire_many(facts)
        opdracht = _Opdracht(pack, plan, by_key, taal, toelichting)
        for (i, gelezen, fact, invoer), keys in zip(models, fired, strict=True):
            results[i] = _rapport(opdracht, gelezen, fact, keys, invoer)
    for result in results:
        assert result is not None  # every place is filled above
        yield result


@frozen
class _Opdracht:
    """What is the same for every proposal of one call: the pack, the engine's rule per key, the
    language and whether to add the notes."""

    pack: Regelpakket
    plan: Plan
    by_key: Mapping[str, tuple[Regel, bool]]
    taal: str
    toelichting: bool


def _omschrijving(waarde: Any) -> str | None:
    """The description of the patient group, or None when there is none (nothing, or only
    white space: the same in every format and in ``vergelijk``)."""
    return waarde if isinstance(waarde, str) and waarde.strip() else None


def _rapport(
    opdracht: _Opdracht,
    model: Mapping[str, Any],
    fact: Mapping[str, str],
    fired: list[str],
    invoer: Invoer | None,
) -> Rapport:
    """The report of a validated proposal whose fact fired the rules ``fired`` (pack order)."""
    pack, plan, taal = opdracht.pack, opdracht.plan, opdracht.taal
    bevindingen: list[Bevinding] = []
    ontbrekend: list[OntbrekendeVoorwaarde] = []
    cache, antwoorden = plan.bevindingen, plan.antwoord
    for key in fired:
        antwoord = fact[antwoorden[key]] or None
        hit = cache.get((key, antwoord, taal))
        if hit is None:
            hit = _finding(pack, cache, key, antwoord, taal, opdracht.by_key)
        bevinding, missing = hit
        bevindingen.append(bevinding)
        if missing is not None:
            ontbrekend.append(missing)
    if len(ontbrekend) > 1:
        ontbrekend.sort(key=_volgorde)

    advies, reden = _verdict(bevindingen, ontbrekend, taal)
    nog_onbekend = _nog_onbekend(ontbrekend)
    categorie = model["patientgroep"]["categorie"]
    vorm, fin = model["samenwerkingsvorm"], model["financiering"]
    return Rapport(
        invoer=invoer,
        titel=model["titel"],
        regio=model["regio"],
        categorie=categorie,
        categorie_naam=naam_van(pack, plan, "categorie", categorie, taal),
        omschrijving=_omschrijving(model["patientgroep"].get("omschrijving")),
        samenwerkingsvorm=vorm,
        samenwerkingsvorm_naam=naam_van(pack, plan, "samenwerkingsvorm", vorm, taal)
        if vorm
        else None,
        financiering=fin,
        financiering_naam=naam_van(pack, plan, "financieringsroute", fin, taal),
        advies=advies,
        # no answer to an unknown lifts a no-go (DOMAIN §7: any blocking finding decides it)
        voorlopig=bool(nog_onbekend) and advies != "no-go",
        nog_onbekend=tuple(nog_onbekend),
        reden=reden,
        ontbrekende_randvoorwaarden=tuple(ontbrekend),
        bevindingen=tuple(bevindingen),
        regelpakket=plan.stempel,
        taal=cast(Literal["nl", "en"], taal),
        toelichting=bouw_toelichting(pack, model, taal) if opdracht.toelichting else None,
    )


_BLOCKING_ANSWER = {"randvoorwaarde": "nee", "uitsluiting": "ja"}


def _volgorde(o: OntbrekendeVoorwaarde) -> tuple[bool, bool]:
    """Missing conditions in report order: blocking ones first, then those of the blocking kind."""
    return (o.ernst != "blokkerend", not o.blokkerend)


def _nog_onbekend(ontbrekend: list[OntbrekendeVoorwaarde]) -> list[str]:
    """The exclusion flags and blocking randvoorwaarden still 'onbekend', in report order: an
    unfavourable answer to any of them would make the advice no-go, so the advice is provisional."""
    return [
        o.id
        for o in ontbrekend
        if o.antwoord == "onbekend" and o.blokkerend and o.soort in _BLOCKING_ANSWER
    ]


def _namen(items: list[str], taal: str, most: int = 3) -> str:
    if len(items) <= most:
        return "; ".join(items)
    return "; ".join(items[:most]) + tekst("reden.en_nog", taal, n=len(items) - most)


def _verdict(
    bevindingen: list[Bevinding], ontbrekend: list[OntbrekendeVoorwaarde], taal: str
) -> tuple[Advies, str]:
    blocking = [b for b in bevindingen if b.ernst == "blokkerend"]
    if blocking:
        excl = [b.naam for b in blocking if b.regel.startswith(("uitsluiting.", "categorie."))]
        other = [b.naam for b in blocking if not b.regel.startswith(("uitsluiting.", "categorie."))]
        parts = []
        if excl:
            parts.append(tekst("reden.uitgesloten", taal, namen="; ".join(excl)))
        if other:
            parts.append(tekst("reden.blokkerend", taal, namen="; ".join(other)))
        return "no-go", " ".join(parts)
    if ontbrekend:
        # An exclusion still unknown is an open question, not a condition to meet: said apart.
        open_excl = [o.naam for o in ontbrekend if o.soort == "uitsluiting"]
        rest = [o for o in ontbrekend if o.soort != "uitsluiting"]
        delen = []
        if open_excl:
            delen.append(tekst("reden.uitsluiting_open", taal, namen=_namen(open_excl, taal)))
        if rest:
            delen.append(
                tekst(
                    "reden.voorwaardelijk_1" if len(rest) == 1 else "reden.voorwaardelijk",
                    taal,
                    n=len(rest),
                    namen=_namen([o.naam for o in rest], taal),
                )
            )
        # counted as the report's tier 'eerst regelen' counts: the exclusions still unknown too
        eerst = [o.naam for o in rest if o.blokkerend]
        if eerst:
            if open_excl or len(eerst) < len(rest):
                # only some of what was just listed: named, not counted (a review: "Regel eerst de
                # 3 punten" after three conditions of which one was not among those 3)
                sleutel = "reden.voorwaardelijk_blokkerend_namen" + (
                    "_uitsluiting" * bool(open_excl)
                )
                # all of them: 'A; B; C en nog 1' left out the very one that tells the two
                # lists apart (a review)
                delen.append(tekst(sleutel, taal, namen=_namen(eerst, taal, most=len(eerst))))
            else:
                sleutel = (
                    "reden.voorwaardelijk_blokkerend_1"
                    if len(eerst) == 1
                    else "reden.voorwaardelijk_blokkerend"
                )
                delen.append(tekst(sleutel, taal, k=len(eerst)))
        return "voorwaardelijk", " ".join(delen)
    return "go", tekst("reden.go", taal)
