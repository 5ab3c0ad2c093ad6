"""The advice around the verdict (DOMAIN §4–§6): notes derived from the pack and the proposal that
never change the verdict. Which samenwerkingsvormen fit the patient group (with their Triple Aim
effects, status and where they run), a financing route, the patient-support figure and the
Kaats & Opheij profile, plus the per-group tally of the randvoorwaarden that the charts show.

Everything here is data from the pack (``samenwerkingsvormen.json``, ``samenwerking.json``,
``toelichting.json``); reporters only render the resulting :class:`Toelichting`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .i18n import t, tekst
from .pack import Regelpakket
from .report import (
    Antwoord,
    BronVerwijzing,
    DoelEffect,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    ElementStand,
    FinancieringsAdvies,
    GroepStand,
    Kernvoorwaarde,
    PassendeVorm,
    Percentage,
    RandvoorwaardeStand,
    Route,
    Samenwerkingsprofiel,
    Toelichting,
    TripleAim,
)
from .runtime import runtime_for

T = TypeVar("T")

AIMS = ("kwaliteit", "gezondheid", "kosten")


def bronverwijzingen(
    pack: Regelpakket, ids: Iterable[str], taal: str
) -> tuple[BronVerwijzing, ...]:
    """The pack's sources ``ids`` as report references in ``taal`` (built once per pack and shared)."""
    ids = tuple(ids)
    return _cached(pack, ("bronnen", ids, taal), lambda: tuple(_bron(pack, b, taal) for b in ids))


def _bron(pack: Regelpakket, b: str, taal: str) -> BronVerwijzing:
    def build() -> BronVerwijzing:
        src = pack.bron(b)
        return BronVerwijzing(
            id=b,
            soort=src["soort"],
            kort=pack.bron_tekst(b, "kort", taal),
            titel=pack.bron_tekst(b, "titel", taal),
            periode=src.get("periode"),
        )

    return _cached(pack, ("bron", b, taal), build)


def _answers(part: Mapping[str, Any] | None) -> dict[str, str]:
    if part is None:
        return {}
    return {k: (v or "onbekend") for k, v in part.items()}


def bouw_toelichting(pack: Regelpakket, voorstel: Mapping[str, Any], taal: str) -> Toelichting:
    """The notes around the verdict for a validated proposal (:func:`model.lees_voorstel`)."""
    categorie = voorstel["patientgroep"]["categorie"]
    vorm, fin = voorstel["samenwerkingsvorm"], voorstel["financiering"]
    return Toelichting(
        randvoorwaarden_per_groep=_stand(pack, _answers(voorstel["randvoorwaarden"]), taal),
        samenwerkingsvormen=_cached(
            pack, ("vormen", categorie, vorm, taal), lambda: _vormen(pack, categorie, vorm, taal)
        ),
        koppeling_bronnen=(
            bronverwijzingen(pack, pack.vormen_info.get("past_bij_bron", ()), taal)
            if pack.categorie(categorie).get("geschikt") == "ja"
            else ()
        ),
        financiering=_cached(
            pack,
            ("financiering", *_links(pack, categorie, vorm), vorm, fin, taal),
            lambda: _financiering(pack, categorie, vorm, fin, taal),
        ),
        draagvlak=_cached(
            pack, ("draagvlak", categorie, taal), lambda: _draagvlak(pack, categorie, taal)
        ),
        samenwerking=_profiel(pack, voorstel["samenwerking"], taal),
        kernvoorwaarde=_kernvoorwaarde(pack, voorstel["samenwerking"], taal),
        triple_aim=_triple_aim(pack, voorstel.get("triple_aim"), vorm, taal),
        eerste_lijn=_eerste_lijn(pack, voorstel.get("eerste_lijn"), categorie, taal),
    )


_LOCK = threading.Lock()


def _cached(pack: Regelpakket, key: tuple[Any, ...], build: Callable[[], T]) -> T:
    """Parts that depend only on a few ids are immutable models: build each once per pack.
    The key space is small (categories x forms x financing routes x languages)."""
    cache = runtime_for(pack).toelichting
    try:
        hit: T = cache[key]
        return hit
    except KeyError:
        value = build()
        with _LOCK:
            kept: T = cache.setdefault(key, value)
            return kept


def _stand(pack: Regelpakket, answers: Mapping[str, str], taal: str) -> tuple[GroepStand, ...]:
    out = []
    for g in pack.groepen:
        ids = _group_ids(pack, g["id"])
        given = tuple(answers.get(rid, "onbekend") for rid in ids)
        # frozen and fully determined by the group's answers: built once per answer combination
        # (4^n of them: only for groups small enough that the cache stays small)
        if len(ids) > 5:
            out.append(_build_stand(pack, g, ids, given, taal))
        else:
            out.append(
                _cached(
                    pack,
                    ("stand", g["id"], given, taal),
                    functools.partial(_build_stand, pack, g, ids, given, taal),
                )
            )
    return tuple(out)


def _group_ids(pack: Regelpakket, gid: str) -> tuple[str, ...]:
    return _cached(
        pack,
        ("groep", gid),
        lambda: tuple(r["id"] for r in pack.randvoorwaarden if r["groep"] == gid),
    )


def _build_stand(
    pack: Regelpakket, g: Mapping[str, Any], ids: tuple[str, ...], given: tuple[str, ...], taal: str
) -> GroepStand:
    items = tuple(
        RandvoorwaardeStand(id=rid, naam=t(pack.randvoorwaarde(rid)["naam"], taal), antwoord=a)
        for rid, a in zip(ids, given, strict=True)
    )
    counts = {
        a: sum(1 for i in items if i.antwoord == a) for a in ("ja", "deels", "nee", "onbekend")
    }
    return GroepStand(id=g["id"], naam=t(g["naam"], taal), randvoorwaarden=items, **counts)


def _past(pack: Regelpakket, v: Mapping[str, Any], categorie: str) -> bool | None:
    """Whether the form fits the group by the pack's own suggestion; None for a category outside
    the suitable list ('overig'): the pack suggests nothing there, so never 'does not fit'."""
    if pack.categorie(categorie).get("geschikt") != "ja":
        return None
    return categorie in v["past_bij"]


def _vorm(
    pack: Regelpakket, v: Mapping[str, Any], categorie: str, gekozen: str | None, taal: str
) -> PassendeVorm:
    """Shared per (form, chosen?, fits?, language): the cached lists below hold references, so
    the cache stays small however many category x form x route combinations a batch meets."""
    past = _past(pack, v, categorie)
    key = ("vorm", v["id"], v["id"] == gekozen, past, taal)
    return _cached(pack, key, lambda: _build_vorm(pack, v, past, gekozen, taal))


def _build_vorm(
    pack: Regelpakket, v: Mapping[str, Any], past: bool | None, gekozen: str | None, taal: str
) -> PassendeVorm:
    soort = next((s for s in pack.soorten if s["id"] == v["soort"]), None)
    ta = v.get("triple_aim", {})
    stand = v.get("stand") or pack.vormen_info.get("stand")
    return PassendeVorm(
        id=v["id"],
        naam=t(v["naam"], taal),
        soort=v["soort"],
        soort_naam=t(soort["naam"], taal) if soort else v["soort"],
        gekozen=v["id"] == gekozen,
        past_bij_groep=past,
        status=t(v.get("status"), taal) or None,
        stand=t(stand, taal) or None,
        waar=t(v.get("waar"), taal) or None,
        triple_aim=TripleAim(**{a: t(ta.get(a), taal) or None for a in AIMS}),
        noot=t(v.get("noot"), taal) or None,
        bronnen=bronverwijzingen(pack, v["bron"], taal),
    )


def _vormen(
    pack: Regelpakket, categorie: str, gekozen: str | None, taal: str
) -> tuple[PassendeVorm, ...]:
    """The chosen form first (also when it does not fit the group), then the fitting ones."""
    chosen = [v for v in pack.samenwerkingsvormen if v["id"] == gekozen]
    fitting = [
        v for v in pack.samenwerkingsvormen if categorie in v["past_bij"] and v["id"] != gekozen
    ]
    return tuple(_vorm(pack, v, categorie, gekozen, taal) for v in chosen + fitting)


def _route(pack: Regelpakket, fid: str, taal: str) -> Route:
    def build() -> Route:
        f = pack.financieringsroute(fid)
        return Route(
            id=fid, naam=t(f["naam"], taal), toelichting=t(f.get("toelichting"), taal) or None
        )

    return _cached(pack, ("route", fid, taal), build)


def _routes_for(pack: Regelpakket, categorie: str, vorm: str | None) -> tuple[str, ...]:
    """The fitting financing routes: the only thing the advice takes from the category, so the
    advice is cached per routes, not per category (14 categories share a few route lists)."""
    return _links(pack, categorie, vorm)[0]


def _links(
    pack: Regelpakket, categorie: str, vorm: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(fitting routes, sources of the links that put them there): form -> route (the form's
    seed cell or productkeuze), route -> group, or the pack's default routes."""

    def build() -> tuple[tuple[str, ...], tuple[str, ...]]:
        algemeen = (pack.toelichting or {}).get("financiering", {})
        ids: list[str] = []
        bronnen: list[str] = []
        if vorm and pack.samenwerkingsvorm(vorm).get("financiering"):
            ids.extend(pack.samenwerkingsvorm(vorm)["financiering"])
            bronnen.extend(pack.samenwerkingsvorm(vorm).get("financiering_bron", ()))
        for f in pack.financiering:
            if categorie in f.get("past_bij", ()):
                ids.append(f["id"])
                bronnen.extend(f.get("past_bij_bron", ()))
        if not ids:
            ids.extend(algemeen.get("standaard", ()))
            bronnen.extend(algemeen.get("standaard_bron", ()))
        return tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(bronnen))

    return _cached(pack, ("routes", categorie, vorm), build)


def _financiering(
    pack: Regelpakket, categorie: str, vorm: str | None, gekozen: str, taal: str
) -> FinancieringsAdvies:
    algemeen = (pack.toelichting or {}).get("financiering", {})
    ids = list(_routes_for(pack, categorie, vorm))
    passend = tuple(_route(pack, i, taal) for i in ids)
    chosen = _route(pack, gekozen, taal)
    waarbij = (
        tekst("fin.waarbij_vorm", taal, vorm=t(pack.samenwerkingsvorm(vorm)["naam"], taal))
        if vorm
        else tekst("fin.waarbij_groep", taal)
    )
    names = ", ".join(r.naam for r in passend) or tekst("kop.geen", taal)
    bron_ids = tuple(
        dict.fromkeys(
            [b for i in [gekozen, *ids] for b in pack.financieringsroute(i).get("bron", ())]
            + list(_links(pack, categorie, vorm)[1])
            + list(algemeen.get("bron", ()))
        )
    )
    past = gekozen in ids
    if gekozen in ("geen", "onbekend"):
        zin = tekst("fin.kiezen", taal, waarbij=waarbij, routes=names)
    elif past:
        zin = tekst("fin.past", taal, route=chosen.naam, waarbij=waarbij)
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


def _draagvlak(pack: Regelpakket, categorie: str, taal: str) -> Draagvlak | None:
    """The figures with their own meaning and group only: a group figure for the groups the survey
    gives one for, the chronic patients' figure for chronic groups (labelled as such), no
    threshold and no conclusion drawn from a figure."""
    d = (pack.toelichting or {}).get("draagvlak")
    if not d:
        return None
    groep = next((g for g in d["groepen"] if g["categorie"] == categorie), None)
    chronisch = pack.categorie(categorie).get("soort") == "chronisch"
    if groep is None and not chronisch:
        return None  # the survey asked chronic patients only: no claim about other groups
    gelijk = d.get("gelijke_expertise")
    return Draagvlak(
        percentage=groep["percentage"] if groep else None,
        tekst=t(groep["tekst"] if groep else d["geen_cijfer"], taal),
        advies=t(d["advies"], taal),
        samenvatting=t(d["samenvatting"], taal) if chronisch else None,
        vraag=t(d["vraag"], taal),
        gelijke_expertise=Percentage(
            percentage=gelijk["percentage"], tekst=t(gelijk["tekst"], taal)
        )
        if gelijk
        else None,
        voorkeur_huisarts=tuple(
            Percentage(percentage=x["percentage"], tekst=t(x["tekst"], taal))
            for x in d.get("voorkeur_huisarts", ())
        ),
        voorkeur_specialist=tuple(
            Percentage(percentage=x["percentage"], tekst=t(x["tekst"], taal))
            for x in d.get("voorkeur_specialist", ())
        ),
        bronnen=bronverwijzingen(pack, d["bron"], taal),
    )


def _profiel(pack: Regelpakket, samenwerking: Any, taal: str) -> Samenwerkingsprofiel | None:
    """The Kaats & Opheij profile; None when the proposal did not answer any element."""
    cfg = (pack.toelichting or {}).get("samenwerkingsprofiel")
    answers = _answers(samenwerking)
    if (
        not cfg
        or not pack.elementen
        or all(answers.get(e["id"], "onbekend") == "onbekend" for e in pack.elementen)
    ):
        return None
    elementen = tuple(
        ElementStand(
            id=e["id"],
            naam=t(e["naam"], taal),
            antwoord=answers.get(e["id"], "onbekend"),
            succes=tuple(e["succes"].get(taal) or e["succes"]["nl"]),
            faal=tuple(e["faal"].get(taal) or e["faal"]["nl"]),
        )
        for e in pack.elementen
    )
    nee = sum(1 for e in elementen if e.antwoord == "nee")
    deels = sum(1 for e in elementen if e.antwoord == "deels")
    zwak = nee >= cfg["zwak_bij_nee"] or deels >= cfg["zwak_bij_deels"]
    return Samenwerkingsprofiel(
        zwak=zwak,
        elementen=elementen,
        advies=t(cfg["advies_zwak" if zwak else "advies_sterk"], taal),
        drempel=t(cfg["drempel_uitleg"], taal),
        basis=t(cfg.get("basis"), taal) or None,
        lichtere_vormen=tuple(
            Route(id=v, naam=t(pack.samenwerkingsvorm(v)["naam"], taal))
            for v in cfg["lichtere_vormen"]
        ),
        bronnen=bronverwijzingen(pack, cfg["bron"], taal),
    )


# -- the proposal itself: optional parts (toelichting.json 'voorstel_zelf'), never the verdict ----


def _namen(items: list[str], taal: str) -> str:
    """'a, b en c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + tekst("voorlopig.en", taal) + items[-1]


def _met_advies(pack: Regelpakket, bron: Iterable[str], advies: str | None) -> list[str]:
    """The sources of a part: its 'productkeuze' only when the product's own advice is shown."""
    return [b for b in bron if advies or not pack.is_productkeuze(b)]


def _kernvoorwaarde(pack: Regelpakket, samenwerking: Any, taal: str) -> Kernvoorwaarde | None:
    """Kaats & Opheij's core condition, shown in every report's collaboration section; with the
    proposal's answer when it has a 'samenwerking' part."""
    kv = pack.voorstel_zelf.get("kernvoorwaarde")
    if not kv:
        return None
    antwoord = None if samenwerking is None else (samenwerking.get("kernvoorwaarde") or "onbekend")

    def build() -> Kernvoorwaarde:
        advies = t(kv["advies"], taal) if antwoord in ("deels", "nee") else None
        return Kernvoorwaarde(
            naam=t(kv["naam"], taal),
            tekst=t(kv["tekst"], taal),
            antwoord=antwoord,
            advies=advies,
            bronnen=bronverwijzingen(pack, _met_advies(pack, kv["bron"], advies), taal),
        )

    return _cached(pack, ("kernvoorwaarde", antwoord, taal), build)


def _triple_aim(
    pack: Regelpakket, deel: Mapping[str, Any] | None, vorm: str | None, taal: str
) -> EigenTripleAim | None:
    """The proposal's own Triple Aim expectation, next to the chosen form's e-book scores."""
    ta, ev = pack.voorstel_zelf.get("triple_aim"), pack.voorstel_zelf.get("evaluatie")
    if deel is None or not (ta or ev):
        return None
    effecten = {e["id"]: e["naam"] for e in (ta or {}).get("effecten", ())}
    vorm_ta = pack.samenwerkingsvorm(vorm).get("triple_aim", {}) if vorm else {}
    doelen = tuple(
        DoelEffect(
            id=d["id"],
            naam=t(d["naam"], taal),
            verwacht=deel.get(d["id"]) or "onbekend",
            verwacht_naam=t(effecten.get(deel.get(d["id"]) or "onbekend"), taal) or "",
            vorm=t(vorm_ta.get(d["id"]), taal) or None,
        )
        for d in (ta or {}).get("doelen", ())
    )
    plannen = tuple(
        Antwoord(id=v["id"], naam=t(v["naam"], taal), antwoord=deel.get(v["id"]) or "onbekend")
        for v in (ev or {}).get("vragen", ())
    )
    bron = list(dict.fromkeys([*(ta or {}).get("bron", ()), *(ev or {}).get("bron", ())]))
    return EigenTripleAim(
        doelen=doelen,
        vorm_naam=t(pack.samenwerkingsvorm(vorm)["naam"], taal) if vorm else None,
        plannen=plannen,
        uitleg=t(ta["uitleg"], taal) if ta else "",
        advies=t(ev["advies"], taal) if ev and any(p.antwoord != "ja" for p in plannen) else None,
        bronnen=bronverwijzingen(pack, bron, taal),
    )


def _eerste_lijn(
    pack: Regelpakket, deel: Mapping[str, Any] | None, categorie: str, taal: str
) -> EersteLijn | None:
    """Who in the first line takes part: the report names them instead of only 'the GP'."""
    el = pack.voorstel_zelf.get("eerste_lijn")
    if deel is None or not el:
        return None
    deelnemers = tuple(
        Antwoord(id=z["id"], naam=t(z["naam"], taal), antwoord=deel.get(z["id"]) or "onbekend")
        for z in el["zorgverleners"]
    )
    ja = [d.naam for d in deelnemers if d.antwoord == "ja"]
    nee = [d.naam for d in deelnemers if d.antwoord == "nee"]
    zin = (
        tekst("eerste_lijn.wie", taal, namen=_namen(ja, taal))
        if ja
        else tekst("eerste_lijn.geen", taal)
    )
    if nee:
        zin += " " + tekst("eerste_lijn.niet", taal, namen=_namen(nee, taal))
    sd = el.get("sociaal_domein")
    sociaal = advies = None
    bron = list(el["bron"])
    if sd and categorie in sd["categorieen"]:
        sociaal = Antwoord(
            id="sociaal_domein",
            naam=t(sd["naam"], taal),
            antwoord=deel.get("sociaal_domein") or "onbekend",
        )
        advies = t(sd["advies"], taal) if sociaal.antwoord != "ja" else None
        bron += [b for b in _met_advies(pack, sd["bron"], advies) if b not in bron]
    return EersteLijn(
        deelnemers=deelnemers,
        tekst=zin,
        sociaal_domein=sociaal,
        sociaal_domein_advies=advies,
        uitleg=t(el["uitleg"], taal),
        bronnen=bronverwijzingen(pack, bron, taal),
    )
