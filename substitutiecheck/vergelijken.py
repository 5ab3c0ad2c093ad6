"""Two versions of one proposal, compared (issue 17, ``substitutiecheck vergelijk OUD NIEUW``).

Each version is a proposal (re-evaluated with the same pack) or a saved report (compared as
saved, e.g. across pack versions). The comparison: the verdict before and after, conditions met
since, conditions new or worse, and the answers that changed. Values only; never prints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .evaluation import evaluate, resolve_pack
from .i18n import antwoord as antwoord_tekst
from .model import Veld, contract, lees_voorstel
from .opgeslagen import geen_andere_uitvoer, is_rapport
from .pack import Regelpakket, t
from .partijen import partijregels
from .report import Rapport
from .texts_partners import tekst
from .values import frozen

RANG = {"go": 0, "voorwaardelijk": 1, "no-go": 2}
_ERNST = {"notitie": 0, "voorwaarde": 1, "blokkerend": 2}
_SOORT_VOLGORDE = {"randvoorwaarde": "randvoorwaarden", "uitsluiting": "uitsluitingen"}


@frozen(kw_only=True)
class Versie:
    """One side of the comparison."""

    bron: str
    """'voorstel' (evaluated now) or 'rapport' (a saved report, compared as saved)"""
    bestand: str | None = None
    titel: str | None
    advies: str
    voorlopig: bool
    reden: str
    regelpakket: str
    """Pack name and version, e.g. 'landelijk 1.0.0'"""
    hash: str


@frozen(kw_only=True)
class VoorwaardeWijziging:
    """A missing condition that was met, got better, or is new or worse."""

    id: str
    soort: str
    naam: str
    was_ernst: str | None
    """None: not missing in the old version"""
    was_antwoord: str | None
    nu_ernst: str | None
    """None: met in the new version"""
    nu_antwoord: str | None
    advies: str | None = None


@frozen(kw_only=True)
class Wijziging:
    """An answer that changed between the versions."""

    veld: str
    naam: str
    was: str | None
    nu: str | None
    was_naam: str
    nu_naam: str


@frozen(kw_only=True)
class Vergelijking:
    oud: Versie
    nieuw: Versie
    richting: str
    """'beter', 'gelijk' or 'slechter' (go < voorwaardelijk < no-go)"""
    opgelost: tuple[VoorwaardeWijziging, ...]
    """Conditions met since the old version"""
    verbeterd: tuple[VoorwaardeWijziging, ...]
    """Still open, but less severe (e.g. nee -> deels)"""
    nieuw_of_erger: tuple[VoorwaardeWijziging, ...]
    gewijzigd: tuple[Wijziging, ...]
    opgeslagen: bool
    """At least one side is a saved report: answers are compared only as far as reports show them"""
    ander_pakket: bool
    taal: str
    niet_vergelijkbaar: tuple[VoorwaardeWijziging, ...] = ()
    """Versions of other packs: a condition only one report names, where the other version's pack
    does not ask it or is not loaded to tell (neither met nor new: a user trial found 'nu
    vervuld' for a condition only the old version's regional pack asks)"""

    @property
    def ongewijzigd(self) -> bool:
        return (
            self.richting == "gelijk"
            and self.oud.voorlopig == self.nieuw.voorlopig
            and not (
                self.opgelost
                or self.verbeterd
                or self.nieuw_of_erger
                or self.gewijzigd
                or self.niet_vergelijkbaar
            )
        )

    def naar_dict(self) -> dict[str, Any]:
        def plain(obj: Any) -> dict[str, Any]:
            return {name: getattr(obj, name) for name in obj.__dataclass_fields__}

        return {
            "soort": "vergelijking",
            "oud": plain(self.oud),
            "nieuw": plain(self.nieuw),
            "richting": self.richting,
            "ongewijzigd": self.ongewijzigd,
            "opgelost": [plain(v) for v in self.opgelost],
            "verbeterd": [plain(v) for v in self.verbeterd],
            "nieuw_of_erger": [plain(v) for v in self.nieuw_of_erger],
            "gewijzigd": [plain(w) for w in self.gewijzigd],
            "niet_vergelijkbaar": [plain(v) for v in self.niet_vergelijkbaar],
            "opgeslagen": self.opgeslagen,
            "ander_pakket": self.ander_pakket,
            "taal": self.taal,
        }


def _volledig(data: Mapping[str, Any], pack: Regelpakket, taal: str) -> dict[str, Any]:
    """A saved report in its full shape, in the comparison's language ``taal``: a report of
    version 2 (ids) resolved from the tables of its own pack when that is loaded (its stamp's
    hash), else, id by id, from those of ``pack`` (``cli`` resolves a saved document from its own
    tables first): only the names, since the texts of another pack may differ (its advice must
    not be shown as ``pack``'s); a condition ``pack`` does not know keeps its id as its name."""
    from .report_tables import alleen_namen, pakket_tabellen, volledig
    from .runtime import pakket_met_hash

    stempel = data.get("regelpakket")
    eigen = pakket_met_hash(stempel.get("hash", "")) if isinstance(stempel, Mapping) else None
    if eigen is None and isinstance(stempel, Mapping) and stempel.get("hash") == pack.hash:
        eigen = pack
    if eigen is not None:
        with contextlib.suppress(KeyError, TypeError):
            return volledig(data, pakket_tabellen(eigen, taal))
    try:
        return volledig(data, alleen_namen(pakket_tabellen(pack, taal)), streng=False)
    except (KeyError, TypeError, AttributeError):  # not a report's shape: compared as it is
        return dict(data)


# -- answers -----------------------------------------------------------------------------------


def _leaves(veld: Veld, value: Any, prefix: str, out: dict[str, tuple[Veld, Any]]) -> None:
    for sub in veld.velden:
        path = f"{prefix}{sub.naam}"
        if path == "respondent":  # who answered is not an answer
            continue
        v = None if value is None else value.get(sub.naam)
        if sub.soort == "object":
            _leaves(sub, v, path + ".", out)
        else:
            out[path] = (sub, v)


def _naam_van(veld: Veld, value: Any, taal: str) -> str:
    if value is None or value == "":
        return antwoord_tekst(None, taal)
    for kid, naam, _ in veld.keuze_teksten:
        if kid == value:
            return t(naam, taal)
    if veld.soort == "keuze":
        return antwoord_tekst(value, taal)
    return str(value)


def _wijzigingen(
    oud: Mapping[str, Any], nieuw: Mapping[str, Any], pack: Regelpakket, taal: str
) -> tuple[Wijziging, ...]:
    root = contract(pack)
    a: dict[str, tuple[Veld, Any]] = {}
    b: dict[str, tuple[Veld, Any]] = {}
    _leaves(root, oud, "", a)
    _leaves(root, nieuw, "", b)
    out = []
    for path, (veld, was) in a.items():
        nu = b[path][1]
        # a text of only white space is no text: 'niet ingevuld -> ' was no change (a review)
        was, nu = (None if isinstance(x, str) and not x.strip() else x for x in (was, nu))
        # not filled in is unknown where 'onbekend' is an answer: an optional part added with
        # one answer listed its other fields as 'niet ingevuld -> onbekend' (an adversarial test)
        if was != nu and not ({was, nu} <= {None, "onbekend"} and "onbekend" in veld.keuzes):
            out.append(
                Wijziging(
                    veld=path,
                    naam=veld.tekst(taal)[0],
                    was=was,
                    nu=nu,
                    was_naam=_naam_van(veld, was, taal),
                    nu_naam=_naam_van(veld, nu, taal),
                )
            )
    return tuple(out)


def _rapport_antwoorden(r: Mapping[str, Any]) -> dict[str, tuple[str, Any, str]]:
    """What a saved report shows of the answers: field -> (name, value, value as read)."""
    out: dict[str, tuple[str, Any, str]] = {
        "patientgroep.categorie": ("categorie", r.get("categorie"), r.get("categorie_naam") or ""),
        "samenwerkingsvorm": (
            "samenwerkingsvorm",
            r.get("samenwerkingsvorm"),
            r.get("samenwerkingsvorm_naam") or "",
        ),
        "financiering": ("financiering", r.get("financiering"), r.get("financiering_naam") or ""),
    }
    if "omschrijving" in r:  # not in a report saved before the field was: no change to report
        waarde = r["omschrijving"]
        out["patientgroep.omschrijving"] = ("omschrijving", waarde, waarde or "")
    for g in (r.get("toelichting") or {}).get("randvoorwaarden_per_groep", ()):
        for rv in g["randvoorwaarden"]:
            naam = rv.get("naam") or rv["id"]
            out[f"randvoorwaarden.{rv['id']}"] = (naam, rv["antwoord"], rv["antwoord"])
    return out


def _wijzigingen_opgeslagen(
    oud: Mapping[str, Any], nieuw: Mapping[str, Any], taal: str
) -> tuple[Wijziging, ...]:
    a, b = _rapport_antwoorden(oud), _rapport_antwoorden(nieuw)
    out = []
    for path, (naam, was, was_naam) in a.items():
        if path not in b:
            continue
        _, nu, nu_naam = b[path]
        if was != nu:
            if path.startswith("randvoorwaarden."):
                was_naam, nu_naam = antwoord_tekst(was, taal), antwoord_tekst(nu, taal)
            else:
                naam = tekst(f"comb.veld.{path.rpartition('.')[2]}", taal)
            out.append(
                Wijziging(veld=path, naam=naam, was=was, nu=nu, was_naam=was_naam, nu_naam=nu_naam)
            )
    return tuple(out)


# -- conditions --------------------------------------------------------------------------------


def _zwaarte(o: Mapping[str, Any], pack: Regelpakket) -> tuple[int, int]:
    """How severe a missing condition is: its effect, then how cautious its answer is."""
    key = _SOORT_VOLGORDE.get(o["soort"])
    caution = 0
    if key is not None:
        rang = partijregels(pack).rang(key)
        order = len(rang)
        caution = order - rang.get(o.get("antwoord") or "", order)
    return _ERNST.get(o["ernst"], 0), caution


def _gesteld(bron: str, r: Mapping[str, Any], pack: Regelpakket) -> frozenset[tuple[str, str]]:
    """The conditions (soort, id) the pack of one side asks, or an empty set when that pack is not
    loaded to tell (a saved report of another pack); a report's own notes list the
    randvoorwaarden of its pack (with --toelichting)."""
    from .runtime import pakket_met_hash

    hash_ = (r.get("regelpakket") or {}).get("hash")
    eigen = pack if bron == "voorstel" or hash_ == pack.hash else pakket_met_hash(hash_ or "")
    if eigen is not None:
        return frozenset((regel.soort, regel.onderwerp) for regel in eigen.regels)
    groepen = (r.get("toelichting") or {}).get("randvoorwaarden_per_groep") or ()
    return frozenset(("randvoorwaarde", rv["id"]) for g in groepen for rv in g["randvoorwaarden"])


def _voorwaarden(
    oud: Mapping[str, Any],
    nieuw: Mapping[str, Any],
    pack: Regelpakket,
    gesteld: tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]] | None = None,
) -> tuple[tuple[VoorwaardeWijziging, ...], ...]:
    """Met, better, new or worse, and (``gesteld``: the conditions each side's pack asks, for
    versions of different packs) not comparable: a condition only one report names that the
    other version's pack does not ask or cannot be shown to ask."""
    a = {(o["soort"], o["id"]): o for o in oud["ontbrekende_randvoorwaarden"]}
    b = {(o["soort"], o["id"]): o for o in nieuw["ontbrekende_randvoorwaarden"]}
    opgelost: list[VoorwaardeWijziging] = []
    verbeterd: list[VoorwaardeWijziging] = []
    erger: list[VoorwaardeWijziging] = []
    anders: list[VoorwaardeWijziging] = []
    for key, o in a.items():
        n = b.get(key)
        item = VoorwaardeWijziging(
            id=o["id"],
            soort=o["soort"],
            naam=(n or o).get("naam") or o["id"],
            was_ernst=o["ernst"],
            was_antwoord=o.get("antwoord"),
            nu_ernst=n["ernst"] if n else None,
            nu_antwoord=n.get("antwoord") if n else None,
            advies=(n or o).get("advies"),
        )
        if n is None:
            (opgelost if gesteld is None or key in gesteld[1] else anders).append(item)
        elif _zwaarte(n, pack) < _zwaarte(o, pack):
            verbeterd.append(item)
        elif _zwaarte(n, pack) > _zwaarte(o, pack):
            erger.append(item)
    for key, n in b.items():
        if key not in a:
            (erger if gesteld is None or key in gesteld[0] else anders).append(
                VoorwaardeWijziging(
                    id=n["id"],
                    soort=n["soort"],
                    naam=n.get("naam") or n["id"],
                    was_ernst=None,
                    was_antwoord=None,
                    nu_ernst=n["ernst"],
                    nu_antwoord=n.get("antwoord"),
                    advies=n.get("advies"),
                )
            )
    return tuple(opgelost), tuple(verbeterd), tuple(erger), tuple(anders)


def _versie(r: Mapping[str, Any], bron: str, bestand: str | None, taal: str) -> Versie:
    """One side; the reason of a report saved in another language is left out (a comparison in
    English showed a saved Dutch sentence as its summary: found by a user trial)."""
    stempel = r["regelpakket"]
    eigen_taal = r.get("taal") in (None, taal)
    return Versie(
        bron=bron,
        bestand=bestand,
        titel=r.get("titel"),
        advies=r["advies"],
        voorlopig=bool(r.get("voorlopig")),
        reden=r.get("reden", "") if eigen_taal else "",
        regelpakket=f"{stempel['naam']} {stempel['versie']}",
        hash=stempel["hash"],
    )


def vergelijk(
    oud: Any,
    nieuw: Any,
    *,
    regels: Regelpakket | str | Path | None = None,
    taal: str = "nl",
    bestanden: Sequence[str | None] = (None, None),
) -> Vergelijking:
    """Compare two versions of one proposal: each a proposal (dict or model; evaluated with
    ``regels``) or a saved report (a :class:`Rapport` or its JSON as a dict; compared as saved).
    Raises :class:`~substitutiecheck.InvoerFout` for an invalid proposal. Never prints."""
    if taal not in ("nl", "en"):
        raise ValueError(f"taal moet 'nl' of 'en' zijn, niet {taal!r}")
    pack = resolve_pack(regels)
    kanten: list[tuple[str, dict[str, Any]]] = []
    modellen: list[dict[str, Any] | None] = []
    for data in (oud, nieuw):
        geen_andere_uitvoer(data)  # a combined report, a comparison: no version
        if is_rapport(data):
            r = (
                data.naar_dict(volledig=True)
                if isinstance(data, Rapport)
                else _volledig(data, pack, taal)
            )
            kanten.append(("rapport", r))
            modellen.append(None)
        else:
            from .inputs import als_voorstel

            model = lees_voorstel(als_voorstel(data, pack), pack)
            kanten.append(("voorstel", evaluate(model, pack, taal).naar_dict(volledig=True)))
            modellen.append(model)
    (bron_a, a), (bron_b, b) = kanten
    opgeslagen = "rapport" in (bron_a, bron_b)
    if modellen[0] is not None and modellen[1] is not None:
        gewijzigd = _wijzigingen(modellen[0], modellen[1], pack, taal)
    else:
        gewijzigd = _wijzigingen_opgeslagen(a, b, taal)
    va, vb = _versie(a, bron_a, bestanden[0], taal), _versie(b, bron_b, bestanden[1], taal)
    gesteld = (_gesteld(bron_a, a, pack), _gesteld(bron_b, b, pack)) if va.hash != vb.hash else None
    opgelost, verbeterd, erger, anders = _voorwaarden(a, b, pack, gesteld)
    delta = RANG[vb.advies] - RANG[va.advies]
    return Vergelijking(
        oud=va,
        nieuw=vb,
        richting="gelijk" if delta == 0 else ("beter" if delta < 0 else "slechter"),
        opgelost=opgelost,
        verbeterd=verbeterd,
        nieuw_of_erger=erger,
        gewijzigd=gewijzigd,
        opgeslagen=opgeslagen,
        ander_pakket=va.hash != vb.hash,
        taal=taal,
        niet_vergelijkbaar=anders,
    )
