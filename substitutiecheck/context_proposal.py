"""The notes about patient support, the Kaats & Opheij profile and core condition, and the
optional parts about the proposal itself (see :mod:`.context`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from .context_common import _cached, bronverwijzingen
from .i18n import t, tekst
from .pack import Regelpakket, vul_sjabloon
from .pack.items import Element
from .report import (
    Antwoord,
    DoelEffect,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    ElementStand,
    Kernvoorwaarde,
    Percentage,
    Route,
    Samenwerkingsprofiel,
)
from .runtime import runtime_for


def _draagvlak(pack: Regelpakket, categorie: str, taal: str) -> Draagvlak | None:
    """The figures with their own meaning and group only: a group figure for the groups the survey
    gives one for, the chronic patients' figure for chronic groups (labelled as such), no
    threshold and no conclusion drawn from a figure."""
    d = (pack.toelichting or {}).get("draagvlak")
    if not d:
        return None
    groep = next((g for g in d["groepen"] if g["categorie"] == categorie), None)
    chronisch = pack.categorie(categorie).soort == "chronisch"
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


def _profiel(
    pack: Regelpakket, samenwerking: Any, taal: str, vorm: str | None = None
) -> Samenwerkingsprofiel | None:
    """The Kaats & Opheij profile; None when the proposal did not answer any element. ``vorm``:
    the chosen form; when the collaboration is weak and that form is already one of the lighter
    ones, the advice says so instead of recommending it (a review: a proposal for a
    casuïstiekbespreking was told to start with a casuïstiekbespreking). Its parts
    are frozen and shared: each element's stand per (element, answer, language), the texts per
    (weak or not, language); only the profile object itself is made per proposal (keeping one
    per answer combination held megabytes)."""
    cfg = (pack.toelichting or {}).get("samenwerkingsprofiel")
    if not cfg or not pack.elementen:
        return None
    get = (samenwerking or {}).get
    given = [get(e.id) or "onbekend" for e in pack.elementen]
    if all(a == "onbekend" for a in given):
        return None
    cache = runtime_for(pack).toelichting
    elementen = tuple(
        [
            cache.get(("element", e.id, a, taal))
            or _cached(pack, ("element", e.id, a, taal), partial(_element, e, a, taal))
            for e, a in zip(pack.elementen, given, strict=True)
        ]
    )
    zwak = (
        given.count("nee") >= cfg["zwak_bij_nee"] or given.count("deels") >= cfg["zwak_bij_deels"]
    )
    licht = (
        vorm if zwak and vorm in cfg["lichtere_vormen"] and "advies_zwak_gekozen" in cfg else None
    )
    advies, drempel, basis, lichtere_vormen, bronnen = _cached(
        pack,
        ("profieltekst", zwak, licht, taal),
        lambda: _profieltekst(pack, cfg, zwak, licht, taal),
    )
    return Samenwerkingsprofiel(
        zwak=zwak,
        elementen=elementen,
        advies=advies,
        drempel=drempel,
        basis=basis,
        lichtere_vormen=lichtere_vormen,
        bronnen=bronnen,
    )


def _element(e: Element, antwoord: str, taal: str) -> ElementStand:
    return ElementStand(
        id=e.id,
        naam=t(e.naam, taal),
        antwoord=antwoord,
        succes=tuple(e.succes.get(taal) or e.succes["nl"]),
        faal=tuple(e.faal.get(taal) or e.faal["nl"]),
    )


def _profieltekst(
    pack: Regelpakket, cfg: Mapping[str, Any], zwak: bool, licht: str | None, taal: str
) -> tuple[Any, ...]:
    """``licht``: the chosen form, when it is one of the lighter ones and the collaboration weak."""
    if licht is not None:
        naam = t(pack.samenwerkingsvorm(licht).naam, taal)
        if naam[1:2].islower():  # 'Casuïstiekbespreking' mid-sentence; 'MDO' stays as it is
            naam = naam[:1].lower() + naam[1:]
        advies = t(vul_sjabloon(cfg["advies_zwak_gekozen"], vorm={"nl": naam, "en": naam}), taal)
    else:
        advies = t(cfg["advies_zwak" if zwak else "advies_sterk"], taal)
    return (
        advies,
        t(cfg["drempel_uitleg"], taal),
        t(cfg.get("basis"), taal) or None,
        tuple(
            Route(id=v, naam=t(pack.samenwerkingsvorm(v).naam, taal))
            for v in cfg["lichtere_vormen"]
        ),
        bronverwijzingen(pack, cfg["bron"], taal),
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
    vorm_ta = (pack.samenwerkingsvorm(vorm).triple_aim or {}) if vorm else {}
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
    advies = t(ev["advies"], taal) if ev and any(p.antwoord != "ja" for p in plannen) else None
    # the sources of the advice only with the advice: they back its sentences, and a source
    # listed under no sentence it backs was cited for nothing (a new user's review)
    bron = list(
        dict.fromkeys(
            [*(ta or {}).get("bron", ()), *((ev or {}).get("bron", ()) if advies else ())]
        )
    )
    return EigenTripleAim(
        doelen=doelen,
        vorm_naam=t(pack.samenwerkingsvorm(vorm).naam, taal) if vorm else None,
        plannen=plannen,
        uitleg=t(ta["uitleg"], taal) if ta else "",
        advies=advies,
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
