"""The notes about the forms of collaboration that fit the patient group and about the financing
route (see :mod:`.context`)."""

from __future__ import annotations

from .context_common import _cached, bronverwijzingen
from .i18n import t, tekst
from .pack import Regelpakket
from .pack.items import Samenwerkingsvorm
from .report import FinancieringsAdvies, PassendeVorm, Route, TripleAim

AIMS = ("kwaliteit", "gezondheid", "kosten")


def _past(pack: Regelpakket, v: Samenwerkingsvorm, categorie: str) -> bool | None:
    """Whether the form fits the group by the pack's own suggestion; None for a category outside
    the suitable list ('overig'): the pack suggests nothing there, so never 'does not fit'."""
    if pack.categorie(categorie).geschikt != "ja":
        return None
    return categorie in v.past_bij


def _vorm(
    pack: Regelpakket, v: Samenwerkingsvorm, categorie: str, gekozen: str | None, taal: str
) -> PassendeVorm:
    """Shared per (form, chosen?, fits?, language): the cached lists below hold references, so
    the cache stays small however many category x form x route combinations a batch meets."""
    past = _past(pack, v, categorie)
    key = ("vorm", v.id, v.id == gekozen, past, taal)
    return _cached(pack, key, lambda: _build_vorm(pack, v, past, gekozen, taal))


def _build_vorm(
    pack: Regelpakket, v: Samenwerkingsvorm, past: bool | None, gekozen: str | None, taal: str
) -> PassendeVorm:
    soort = next((s for s in pack.soorten if s.id == v.soort), None)
    ta = v.triple_aim or {}
    stand = v.stand or pack.vormen_info.get("stand")
    return PassendeVorm(
        id=v.id,
        naam=t(v.naam, taal),
        soort=v.soort,
        soort_naam=t(soort.naam, taal) if soort else v.soort,
        gekozen=v.id == gekozen,
        past_bij_groep=past,
        status=t(v.status, taal) or None,
        stand=t(stand, taal) or None,
        waar=t(v.waar, taal) or None,
        triple_aim=TripleAim(**{a: t(ta.get(a), taal) or None for a in AIMS}),
        noot=t(v.noot, taal) or None,
        bronnen=bronverwijzingen(pack, v.bron, taal),
    )


def _vormen(
    pack: Regelpakket, categorie: str, gekozen: str | None, taal: str
) -> tuple[PassendeVorm, ...]:
    """The chosen form first (also when it does not fit the group), then the fitting ones."""
    chosen = [v for v in pack.samenwerkingsvormen if v.id == gekozen]
    fitting = [v for v in pack.samenwerkingsvormen if categorie in v.past_bij and v.id != gekozen]
    return tuple(_vorm(pack, v, categorie, gekozen, taal) for v in chosen + fitting)


def _route(pack: Regelpakket, fid: str, taal: str) -> Route:
    def build() -> Route:
        f = pack.financieringsroute(fid)
        return Route(id=fid, naam=t(f.naam, taal), toelichting=t(f.toelichting, taal) or None)

    return _cached(pack, ("route", fid, taal), build)


def _routes_for(pack: Regelpakket, categorie: str, vorm: str | None) -> tuple[str, ...]:
    """The fitting financing routes: the only thing the advice takes from the category, so the
    advice is cached per routes, not per category (14 categories share a few route lists)."""
    return _links(pack, categorie, vorm)[0]


def _links(
    pack: Regelpakket, categorie: str, vorm: str | None
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """(fitting routes, sources of the links that put them there, whether a route was linked to
    the group itself): form -> route (the form's seed cell or productkeuze), route -> group, or
    the pack's default routes."""

    def build() -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        algemeen = (pack.toelichting or {}).get("financiering", {})
        ids: list[str] = []
        bronnen: list[str] = []
        gekozen_vorm = pack.samenwerkingsvorm(vorm) if vorm else None
        if gekozen_vorm is not None and gekozen_vorm.financiering:
            ids.extend(gekozen_vorm.financiering)
            bronnen.extend(gekozen_vorm.financiering_bron or ())
        groep = False
        for f in pack.financiering:
            if categorie in (f.past_bij or ()):
                ids.append(f.id)
                bronnen.extend(f.past_bij_bron or ())
                groep = True
        if not ids:
            ids.extend(algemeen.get("standaard", ()))
            bronnen.extend(algemeen.get("standaard_bron", ()))
        return tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(bronnen)), groep

    return _cached(pack, ("routes", categorie, vorm), build)


def _bij_groep(pack: Regelpakket, route: str, categorie: str) -> bool:
    """The route is linked to the patient group itself."""
    return categorie in (pack.financieringsroute(route).past_bij or ())


def _past_bij(
    pack: Regelpakket, gekozen: str, categorie: str, vorm: str | None, taal: str
) -> str | None:
    """What the chosen route fits: the form, the group, both, or only the pack's general routes
    ('past bij de samenwerkingsvorm en de patiëntengroep' was said of a route linked to the group
    only, and 'bij deze patiëntengroep' of a general default: a board-reader review)."""
    gekozen_vorm = pack.samenwerkingsvorm(vorm) if vorm else None
    bij_vorm = gekozen_vorm is not None and gekozen in (gekozen_vorm.financiering or ())
    bij_groep = _bij_groep(pack, gekozen, categorie)
    if bij_vorm:
        assert gekozen_vorm is not None
        sleutel = "fin.waarbij_vorm" if bij_groep else "fin.waarbij_alleen_vorm"
        return tekst(sleutel, taal, vorm=t(gekozen_vorm.naam, taal))
    return tekst("fin.waarbij_groep", taal) if bij_groep else None


def _financiering(
    pack: Regelpakket, categorie: str, vorm: str | None, gekozen: str, taal: str
) -> FinancieringsAdvies:
    algemeen = (pack.toelichting or {}).get("financiering", {})
    ids = list(_routes_for(pack, categorie, vorm))
    passend = tuple(_route(pack, i, taal) for i in ids)
    chosen = _route(pack, gekozen, taal)
    gekozen_vorm = pack.samenwerkingsvorm(vorm) if vorm else None
    if gekozen_vorm is not None and gekozen_vorm.financiering:
        # the group is named only when a route was linked to it ('overig' has none: the report
        # said there is no suggestion for it, and then 'fits ... and the patient group')
        sleutel = (
            "fin.waarbij_vorm" if _links(pack, categorie, vorm)[2] else "fin.waarbij_alleen_vorm"
        )
        waarbij = tekst(sleutel, taal, vorm=t(gekozen_vorm.naam, taal))
    else:
        waarbij = tekst("fin.waarbij_groep", taal)
    names = ", ".join(r.naam for r in passend) or tekst("kop.geen", taal)
    bron_ids = tuple(
        dict.fromkeys(
            [b for i in [gekozen, *ids] for b in pack.financieringsroute(i).bron]
            + list(_links(pack, categorie, vorm)[1])
            + list(algemeen.get("bron", ()))
        )
    )
    past = gekozen in ids
    if gekozen in ("geen", "onbekend"):
        zin = tekst("fin.kiezen", taal, waarbij=waarbij, routes=names)
    elif past:
        bij = _past_bij(pack, gekozen, categorie, vorm, taal)
        zin = (
            tekst("fin.past", taal, route=chosen.naam, waarbij=bij)
            if bij is not None
            else tekst("fin.past_algemeen" + ("" if vorm else "_groep"), taal, route=chosen.naam)
        )
    else:
        zin = tekst("fin.anders", taal, route=chosen.naam, waarbij=waarbij, routes=names)
    return FinancieringsAdvies(
        gekozen=chosen,
        past=past,
        passend=passend,
        tekst=zin,
        algemeen=t(algemeen.get("algemeen"), taal) or None,
        bronnen=bronverwijzingen(pack, bron_ids, taal),
    )
