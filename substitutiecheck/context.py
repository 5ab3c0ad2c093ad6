"""The advice around the verdict (DOMAIN §4–§6): notes derived from the pack and the proposal that
never change the verdict. Which samenwerkingsvormen fit the patient group (with their Triple Aim
effects, status and where they run), a financing route, the patient-support figure and the
Kaats & Opheij profile, plus the per-group tally of the randvoorwaarden that the charts show.

Everything here is data from the pack (``samenwerkingsvormen.json``, ``samenwerking.json``,
``toelichting.json``); reporters only render the resulting :class:`Toelichting`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from .context_common import _cached, bronverwijzingen
from .context_forms import AIMS, _bij_groep, _financiering, _links, _vormen
from .context_proposal import _draagvlak, _eerste_lijn, _kernvoorwaarde, _profiel, _triple_aim
from .i18n import t
from .pack import Regelpakket
from .pack.items import Benoemd
from .report import GroepStand, RandvoorwaardeStand, Toelichting
from .runtime import runtime_for

__all__ = ["AIMS", "bouw_toelichting", "bronverwijzingen"]


def bouw_toelichting(pack: Regelpakket, voorstel: Mapping[str, Any], taal: str) -> Toelichting:
    """The notes around the verdict for a validated proposal (:func:`model.lees_voorstel`)."""
    categorie = voorstel["patientgroep"]["categorie"]
    vorm, fin = voorstel["samenwerkingsvorm"], voorstel["financiering"]
    cache = runtime_for(pack).toelichting
    # the parts fixed by category, form and financing route, looked up together
    key = ("vast", categorie, vorm, fin, taal)
    vast = cache.get(key)
    if vast is None:
        vast = _cached(pack, key, lambda: _vast(pack, categorie, vorm, fin, taal))
    vormen, koppeling, financiering, draagvlak = vast
    return Toelichting(
        randvoorwaarden_per_groep=_stand(pack, voorstel["randvoorwaarden"], taal),
        samenwerkingsvormen=vormen,
        koppeling_bronnen=koppeling,
        financiering=financiering,
        draagvlak=draagvlak,
        samenwerking=_profiel(pack, voorstel["samenwerking"], taal, vorm),
        kernvoorwaarde=_kernvoorwaarde(pack, voorstel["samenwerking"], taal),
        triple_aim=_triple_aim(pack, voorstel.get("triple_aim"), vorm, taal),
        eerste_lijn=_eerste_lijn(pack, voorstel.get("eerste_lijn"), categorie, taal),
    )


def _vast(
    pack: Regelpakket, categorie: str, vorm: str | None, fin: str, taal: str
) -> tuple[Any, ...]:
    """The forms, the sources of their link to the group, the financing advice and the patient
    support, each built once per pack and shared (as before the tuple that holds them)."""
    return (
        _cached(
            pack, ("vormen", categorie, vorm, taal), lambda: _vormen(pack, categorie, vorm, taal)
        ),
        (
            bronverwijzingen(pack, pack.vormen_info.get("past_bij_bron", ()), taal)
            if pack.categorie(categorie).geschikt == "ja"
            else ()
        ),
        _cached(
            pack,
            # the route's own link to the group too: the sentence says what the route fits
            (
                "financiering",
                *_links(pack, categorie, vorm),
                vorm,
                fin,
                _bij_groep(pack, fin, categorie),
                taal,
            ),
            lambda: _financiering(pack, categorie, vorm, fin, taal),
        ),
        _cached(pack, ("draagvlak", categorie, taal), lambda: _draagvlak(pack, categorie, taal)),
    )


def _stand(
    pack: Regelpakket, randvoorwaarden: Mapping[str, Any] | None, taal: str
) -> tuple[GroepStand, ...]:
    cache = runtime_for(pack).toelichting
    plan: tuple[tuple[Benoemd, tuple[str, ...], bool], ...] | None = cache.get(("groepen",))
    if plan is None:  # 'is None', not 'or': a pack without groups has an empty plan
        plan = _cached(
            pack,
            ("groepen",),
            # frozen and fully determined by the group's answers: built once per answer
            # combination (4^n of them: only for groups small enough that the cache stays small)
            lambda: tuple(
                (g, ids, len(ids) <= 5) for g in pack.groepen for ids in (_group_ids(pack, g.id),)
            ),
        )
    get = (randvoorwaarden or {}).get
    out = []
    for g, ids, kept in plan:
        given = tuple([get(rid) or "onbekend" for rid in ids])
        if not kept:
            out.append(_build_stand(pack, g, ids, given, taal))
            continue
        key = ("stand", g.id, given, taal)
        hit = cache.get(key)
        if hit is None:
            hit = _cached(pack, key, partial(_build_stand, pack, g, ids, given, taal))
        out.append(hit)
    return tuple(out)


def _group_ids(pack: Regelpakket, gid: str) -> tuple[str, ...]:
    return tuple(r.id for r in pack.randvoorwaarden if r.groep == gid)


def _build_stand(
    pack: Regelpakket, g: Benoemd, ids: tuple[str, ...], given: tuple[str, ...], taal: str
) -> GroepStand:
    items = tuple(
        RandvoorwaardeStand(id=rid, naam=t(pack.randvoorwaarde(rid).naam, taal), antwoord=a)
        for rid, a in zip(ids, given, strict=True)
    )
    counts = {
        a: sum(1 for i in items if i.antwoord == a) for a in ("ja", "deels", "nee", "onbekend")
    }
    return GroepStand(id=g.id, naam=t(g.naam, taal), randvoorwaarden=items, **counts)
