"""Several views of one proposal, combined (issue 17, ``substitutiecheck combineer``).

Each party (a GP, a specialist, an insurer, ...) answers the same proposal. The combined answer
to each question follows the pack's rule (partijen.json: the most cautious answer), and the
combined verdict is the verdict of :func:`~substitutiecheck.evaluate` on the proposal built from
those answers: the same engine, the same missing conditions, the same ``voorlopig``. Around it:
every party's answer side by side, the differences of view (ja against nee first) with advice,
and the Kaats & Opheij elements compared across parties. Values only; never prints.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .combinatie import Combinatie, Element, Partij, Verschil, Vraag, bevroren
from .context import bronverwijzingen
from .evaluation import evaluate, resolve_pack
from .i18n import antwoord as antwoord_tekst
from .model import lees_voorstel
from .pack import Regelpakket, t
from .pack.items import Categorie, Financieringsroute, Samenwerkingsvorm
from .partijen import Partijregels, partijregels
from .report import Rapport
from .texts_partners import tekst

# -- building ----------------------------------------------------------------------------------


def _partijen(
    modellen: Sequence[Mapping[str, Any]],
    bestanden: Sequence[str | None],
    regels: Partijregels,
    taal: str,
) -> tuple[Partij, ...]:
    out: list[Partij] = []
    seen: dict[str, int] = {}
    for n, (model, bestand) in enumerate(zip(modellen, bestanden, strict=True), start=1):
        resp = model.get("respondent") or {}
        rol = resp.get("rol")
        base = rol or "partij"
        seen[base] = seen.get(base, 0) + 1
        pid = base if seen[base] == 1 else f"{base}_{seen[base]}"
        rol_naam = regels.rol(rol).tekst(taal) if rol else None
        extra = ", ".join(x for x in (resp.get("naam"), resp.get("organisatie")) if x)
        if rol_naam:
            label = f"{rol_naam} ({extra})" if extra else rol_naam
        else:
            label = extra or (Path(bestand).name if bestand else tekst("comb.partij_n", taal, n=n))
        if any(p.label == label for p in out):
            label = f"{label} #{n}"
        out.append(
            Partij(
                id=pid,
                rol=rol,
                rol_naam=rol_naam,
                naam=resp.get("naam"),
                organisatie=resp.get("organisatie"),
                bestand=bestand,
                label=label,
            )
        )
    return tuple(out)


def _keuze_naam(pack: Regelpakket, veld: str, value: str | None, taal: str) -> str:
    if value is None or value == "":
        return tekst("comb.geen_vorm", taal)
    zoek: dict[str, Callable[[str], Categorie | Samenwerkingsvorm | Financieringsroute]] = {
        "categorie": pack.categorie,
        "samenwerkingsvorm": pack.samenwerkingsvorm,
        "financiering": pack.financieringsroute,
    }
    return t(zoek[veld](value).naam, taal)


def _waarde(model: Mapping[str, Any], veld: str) -> Any:
    head, _, tail = veld.partition(".")
    value = model.get(head)
    if tail:
        return None if value is None else value.get(tail)
    return value


def _hoofdletter(text: str) -> str:
    return text[:1].upper() + text[1:]


def _vragen(pack: Regelpakket, taal: str) -> list[tuple[str, str, str]]:
    """(field, kind, name) of every question that is combined, in report order."""
    out = [
        (pad, "keuze", _hoofdletter(tekst(f"comb.veld.{key}", taal)))
        for pad, key in (
            ("patientgroep.categorie", "categorie"),
            ("samenwerkingsvorm", "samenwerkingsvorm"),
            ("financiering", "financiering"),
        )
    ]
    out += [(f"patientgroep.{u.id}", "uitsluitingen", t(u.naam, taal)) for u in pack.uitsluitingen]
    out += [
        (f"randvoorwaarden.{r.id}", "randvoorwaarden", t(r.naam, taal))
        for r in pack.randvoorwaarden
    ]
    out += [(f"samenwerking.{e.id}", "samenwerking", t(e.naam, taal)) for e in pack.elementen]
    kv = pack.voorstel_zelf.get("kernvoorwaarde")
    if kv:
        out.append(("samenwerking.kernvoorwaarde", "samenwerking", t(kv["naam"], taal)))
    return out


def _eerste(values: Sequence[Any], leeg: tuple[Any, ...] = (None, "")) -> Any:
    """The first party's value that is not empty (else the first value)."""
    return next((v for v in values if v not in leeg), values[0])


Keuze = tuple[Any, Any, Any]
"""(patient group, form of collaboration, financing route): the choice fields (KEUZEVELDEN)."""


_OPEN: tuple[tuple[Any, ...], ...] = ((None, ""), (None, ""), (None, "onbekend"))
"""Per choice field (Keuze): the values that leave the choice open."""


def _keuzes(modellen: Sequence[Mapping[str, Any]]) -> list[Keuze]:
    """The choices to weigh: each party's own, where a choice it left open is each of the
    choices the other parties made (it agrees with any of them), each different set once, in
    the order of the parties. Filling an open choice with the first party's that made one made
    the advice depend on the order of the files (an adversarial test: under a regional rule on
    group and form together, NO-GO in one order, go onder voorwaarden in another)."""
    import itertools

    eigen: list[Keuze] = [
        (m["patientgroep"].get("categorie"), m.get("samenwerkingsvorm"), m["financiering"])
        for m in modellen
    ]
    genoemd = [list(dict.fromkeys(k[i] for k in eigen if k[i] not in _OPEN[i])) for i in range(3)]
    # nobody made the choice: it stays open (as the first party left it)
    leeg = [_eerste([k[i] for k in eigen], _OPEN[i]) for i in range(3)]
    out: dict[Keuze, None] = {}
    for keuze in eigen:
        opties = [
            [v] if v not in _OPEN[i] else (genoemd[i] or [leeg[i]]) for i, v in enumerate(keuze)
        ]
        out.update(dict.fromkeys(itertools.product(*opties)))
    return list(out)


_VOORZICHTIG = {"no-go": 0, "voorwaardelijk": 1, "go": 2}


def _voorzichtigheid(rapport: Rapport) -> tuple[int, bool]:
    """Lower is more cautious: no-go < go onder voorwaarden < go, and a provisional advice
    before a settled one."""
    return (_VOORZICHTIG[rapport.advies], not rapport.voorlopig)


def _combineer_model(
    modellen: Sequence[Mapping[str, Any]],
    pack: Regelpakket,
    regels: Partijregels,
    keuze: Keuze,
) -> dict[str, Any]:
    """The proposal made of the combined answers and one set of choices (a valid proposal of
    ``pack``)."""
    first = modellen[0]
    pg = dict(first["patientgroep"])
    if keuze[0] is not None:
        pg["categorie"] = keuze[0]
    # one description when the parties that give one agree; else none (the warnings name them
    # all): the first party's, shown as the combined one, could say 'without heart failure'
    # where another said 'including acute heart failure' (an adversarial review)
    omschrijvingen = _omschrijvingen(modellen)
    pg["omschrijving"] = omschrijvingen[0] if len(omschrijvingen) == 1 else None
    for u in pack.uitsluitingen:
        pg[u.id] = regels.voorzichtigste(
            "uitsluitingen", [m["patientgroep"][u.id] for m in modellen]
        )
    out: dict[str, Any] = {
        "titel": _eerste([m.get("titel") for m in modellen]),
        "regio": _eerste([m.get("regio") for m in modellen]),
        "patientgroep": pg,
        "samenwerkingsvorm": keuze[1],
        "financiering": keuze[2],
        "randvoorwaarden": {
            r.id: regels.voorzichtigste(
                "randvoorwaarden", [m["randvoorwaarden"][r.id] for m in modellen]
            )
            for r in pack.randvoorwaarden
        },
    }
    delen = [m["samenwerking"] for m in modellen if m.get("samenwerking") is not None]
    if delen:  # a party that left the optional part out has no view on it
        out["samenwerking"] = {
            k: regels.voorzichtigste("samenwerking", [d[k] for d in delen]) for k in delen[0]
        }
    for part in ("triple_aim", "eerste_lijn"):
        value = next((m[part] for m in modellen if m.get(part) is not None), None)
        if value is not None:
            out[part] = value
    return out


def _verschillen(
    vragen: Sequence[Vraag],
    combined: Mapping[str, Any],
    pack: Regelpakket,
    regels: Partijregels,
    taal: str,
) -> tuple[Verschil, ...]:
    out: list[tuple[int, int, Verschil]] = []
    for index, v in enumerate(vragen):
        leeg = (None, "", "onbekend")
        known = [a for a in v.partijen.values() if a not in leeg]
        if len(set(known)) < 2:
            continue
        if v.soort == "keuze":
            soort = v.id.rpartition(".")[2]
        elif v.soort == "samenwerking":
            soort = "samenwerking"
        else:
            soort = "antwoord"
        info = regels.verschil(soort)
        tegengesteld = v.soort != "keuze" and {"ja", "nee"} <= set(known)
        gebruikt = _waarde(combined, v.id) if v.soort == "keuze" else v.gecombineerd
        out.append(
            (
                0 if tegengesteld else 1,
                index,
                Verschil(
                    id=v.id,
                    soort=soort,
                    naam=v.naam,
                    antwoorden=v.partijen,
                    tegengesteld=tegengesteld,
                    gebruikt=gebruikt,
                    gebruikt_naam=v.namen.get(gebruikt or "", None) if gebruikt else None,
                    advies=t(info.advies, taal),
                    citaat=info.citaat if taal == "nl" else None,  # the source's own (Dutch) words
                    bronnen=tuple(bronverwijzingen(pack, info.bron, taal)),
                ),
            )
        )
    return tuple(v for _, _, v in sorted(out, key=lambda x: (x[0], x[1])))


def _omschrijvingen(modellen: Sequence[Mapping[str, Any]]) -> list[str]:
    """The different descriptions of the patient group the parties give, each as the first
    party wrote it (two that differ in white space only are one)."""
    out: dict[str, str] = {}
    for m in modellen:
        o = m["patientgroep"].get("omschrijving")
        if isinstance(o, str) and o.strip():
            out.setdefault(" ".join(o.split()), o)
    return list(out.values())


def _waarschuwingen(
    modellen: Sequence[Mapping[str, Any]], taal: str, bestanden: Sequence[str | None]
) -> tuple[str, ...]:
    out = []
    for veld, key in (("titel", "comb.titels_verschillen"), ("regio", "comb.regios_verschillen")):
        # each title on one line however it was padded (an adversarial test), and compared so:
        # two that differ in white space only are the same title
        waarden = list(dict.fromkeys(" ".join(m[veld].split()) for m in modellen if m.get(veld)))
        if len(waarden) > 1:
            out.append(tekst(key, taal, waarden="; ".join(f"'{w}'" for w in waarden)))
    omschrijvingen = _omschrijvingen(modellen)
    if len(omschrijvingen) > 1:
        lijst = "; ".join(f"'{' '.join(w.split())}'" for w in omschrijvingen)
        out.append(tekst("comb.omschrijvingen_verschillen", taal, waarden=lijst))

    # the same file twice, or the same answers of the same named party, counts one party twice
    # (a user trial); two parties without a name may well answer alike
    def dubbel(i: int, j: int) -> bool:
        if bestanden[i] is not None and bestanden[i] == bestanden[j]:
            return True
        return modellen[i] == modellen[j] and bool(modellen[j].get("respondent"))

    for j in range(len(modellen)):
        i = next((i for i in range(j) if dubbel(i, j)), None)
        if i is not None:
            a, b = (bestanden[k] or f"#{k + 1}" for k in (i, j))
            out.append(tekst("comb.dubbel", taal, a=a, b=b))
    return tuple(out)


def combineer_modellen(
    modellen: Sequence[Mapping[str, Any]],
    pack: Regelpakket,
    taal: str = "nl",
    toelichting: bool = True,
    bestanden: Sequence[str | None] | None = None,
) -> Combinatie:
    """Combine validated proposals (:func:`~substitutiecheck.model.lees_voorstel`)."""
    if not modellen:
        raise ValueError("combineer: geen voorstellen om te combineren")
    regels = partijregels(pack)
    bestanden = list(bestanden) if bestanden is not None else [None] * len(modellen)
    partijen = _partijen(modellen, bestanden, regels, taal)
    # Where the parties chose differently, the choices that give the most cautious advice
    # (the first of them on a tie): the advice never depends on the order of the files.
    eerste, *andere = _keuzes(modellen)
    combined = _combineer_model(modellen, pack, regels, eerste)
    rapport = evaluate(combined, pack, taal, toelichting)
    for keuze in andere:
        model = _combineer_model(modellen, pack, regels, keuze)
        kandidaat = evaluate(model, pack, taal, toelichting)
        if _voorzichtigheid(kandidaat) < _voorzichtigheid(rapport):
            combined, rapport = model, kandidaat
    vragen: list[Vraag] = []
    for veld, soort, naam in _vragen(pack, taal):
        values = [_waarde(m, veld) for m in modellen]
        if soort == "keuze":
            key = veld.rpartition(".")[2]
            namen = {(v or ""): _keuze_naam(pack, key, v, taal) for v in values}
        else:
            namen = {v: antwoord_tekst(v, taal) for v in values if v is not None}
        gecombineerd = (
            _waarde(combined, veld)
            if soort != "samenwerking" or "samenwerking" in combined
            else None
        )
        if gecombineerd is not None:
            namen.setdefault(
                gecombineerd,
                _keuze_naam(pack, veld.rpartition(".")[2], gecombineerd, taal)
                if soort == "keuze"
                else antwoord_tekst(gecombineerd, taal),
            )
        vragen.append(
            Vraag(
                id=veld,
                soort=soort,
                naam=naam,
                partijen=bevroren({p.id: v for p, v in zip(partijen, values, strict=True)}),
                namen=bevroren(namen),
                gecombineerd=gecombineerd,
            )
        )
    elementen: tuple[Element, ...] = ()
    if "samenwerking" in combined:
        elementen = tuple(
            Element(
                id=v.id.partition(".")[2],
                naam=v.naam,
                antwoorden=v.partijen,
                in_ieders_ogen=all(a == "ja" for a in v.partijen.values()),
            )
            for v in vragen
            if v.soort == "samenwerking"
        )
    return Combinatie(
        partijen=partijen,
        rapport=rapport,
        vragen=tuple(vragen),
        verschillen=_verschillen(vragen, combined, pack, regels, taal),
        samenwerking=elementen,
        waarschuwingen=_waarschuwingen(modellen, taal, bestanden),
        regel=t(regels.uitleg, taal),
        regel_bronnen=tuple(bronverwijzingen(pack, regels.bron, taal)),
        taal=taal,
    )


def combineer(
    voorstellen: Sequence[Any],
    *,
    regels: Regelpakket | str | Path | None = None,
    taal: str = "nl",
    toelichting: bool = True,
    bestanden: Sequence[str | None] | None = None,
) -> Combinatie:
    """Combine several views (proposal dicts or models, or FHIR QuestionnaireResponses) of one
    proposal into one report.

    ``regels`` and ``taal`` as for :func:`~substitutiecheck.evaluate`; ``bestanden`` optionally
    names the file of each view (shown for a party without a respondent). Raises
    :class:`~substitutiecheck.InvoerFout` for an invalid proposal (its ``.pad`` names the field;
    the index of the proposal is in the message). Never prints.
    """
    if taal not in ("nl", "en"):
        raise ValueError(f"taal moet 'nl' of 'en' zijn, niet {taal!r}")
    from .inputs import als_voorstel  # a FHIR QuestionnaireResponse is read as check reads it

    pack = resolve_pack(regels)
    modellen = [lees_voorstel(als_voorstel(v, pack), pack) for v in voorstellen]
    return combineer_modellen(modellen, pack, taal, toelichting, bestanden)
