"""The texts and optional parts of the proposal contract: the meaning of an answer field or a
choice, Kaats & Opheij's core condition, and the parts about the proposal itself."""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import t
from ..pack.items import (
    Categorie,
    Element,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
)
from ..pack.model import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket
from ..pack.rules import vul_sjabloon
from .fields import MAX_REGIO, Veld


def uitleg(item: Uitsluiting | Randvoorwaarde | Element) -> Mapping[str, str]:
    """One line of meaning of an answer field: the question of a randvoorwaarde (and whether it
    blocks), the text of an exclusion, the success signs of a Kaats & Opheij element."""
    if isinstance(item, Randvoorwaarde):
        extra = {"nl": "", "en": ""}
        if item.blokkerend_als is not None:  # ict: blocking for a teleconsultation only
            from ..conditions import beschrijf

            extra = {
                "nl": f" Blokkerend als {beschrijf(item.blokkerend_als, 'nl')}: 'nee' is dan no-go.",
                "en": f" Blocking when {beschrijf(item.blokkerend_als, 'en')}: then 'nee' (no) "
                "means no-go.",
            }
        elif item.blokkerend:
            extra = {
                "nl": " Blokkerend: 'nee' is no-go.",
                "en": " Blocking: 'nee' (no) means no-go.",
            }
        return {taal: t(item.vraag, taal) + extra[taal] for taal in ("nl", "en")}
    if isinstance(item, Element):
        succes = item.succes
        return {
            taal: (
                "Kaats & Opheij-element; sterk als: "
                if taal == "nl"
                else "Kaats & Opheij element; strong when: "
            )
            + ", ".join(succes.get(taal) or succes["nl"])
            for taal in ("nl", "en")
        }
    return item.tekst


_NIVEL_SOORT_EN = {
    "chronisch": "chronic",
    "ggz": "mental health",
    "ingrepen": "procedures",
    "diagnostiek": "diagnostics",
    "spoed": "urgent care",
    "overig": "other",
}
"""The kinds of the Nivel list of patient groups (patientgroepen.json 'soort') in English: the
Dutch id showed in English help ('Nivel list: chronisch'; a user trial). A kind a pack adds is
shown by its id."""


_PAST_BIJ = {
    "nl": "past volgens substitutiecheck bij",
    "en": "fits, by substitutiecheck's suggestion",
}
"""The form -> group links are the product's choice (DOMAIN §5), never the e-book's: said so."""


def keuze_uitleg(
    item: Categorie | Samenwerkingsvorm | Financieringsroute, pack: Regelpakket
) -> Mapping[str, str]:
    """One line of meaning of a choice: what the pack says about a category, form or route."""
    if isinstance(item, Categorie):
        if item.tekst:
            return item.tekst
        geschikt = {
            "ja": (
                "Geschikt voor substitutie (Nivel-lijst: {soort}).",
                "Suited to substitution (Nivel list: {soort}).",
            ),
            "nee": ("Niet geschikt voor substitutie.", "Not suited to substitution."),
        }.get(item.geschikt, ("Geschiktheid onderbouwen.", "Suitability to be argued."))
        return {
            "nl": geschikt[0].format(soort=item.soort or ""),
            "en": geschikt[1].format(soort=_NIVEL_SOORT_EN.get(item.soort or "", item.soort or "")),
        }
    if isinstance(item, Samenwerkingsvorm):
        soort = next((s.naam for s in pack.soorten if s.id == item.soort), None)
        cats = {c.id: c.naam for c in pack.categorieen}
        out = {}
        for taal, past in _PAST_BIJ.items():
            groepen = ", ".join(t(cats[c], taal) for c in item.past_bij if c in cats)
            out[taal] = (t(soort, taal) if soort else item.soort) + (
                f"; {past}: {groepen}" if groepen else ""
            )
        return out
    return item.toelichting or item.naam


_OPTIONEEL = {
    "nl": " (optioneel; verandert het advies niet)",
    "en": " (optional; never changes the advice)",
}


def kernvoorwaarde(pack: Regelpakket) -> tuple[Veld, ...]:
    """Kaats & Opheij's core condition, a field of 'samenwerking' when the pack has it."""
    kv = pack.voorstel_zelf.get("kernvoorwaarde")
    if not kv:
        return ()
    return (
        Veld(
            "kernvoorwaarde",
            "keuze",
            t(kv["naam"], "nl")
            + " (optioneel; verandert het advies niet): "
            + t(kv["vraag"], "nl"),
            keuzes=ANTWOORDEN,
            standaard="onbekend",
            titel=kv["naam"],
            uitleg={taal: t(kv["vraag"], taal) + _OPTIONEEL[taal] for taal in ("nl", "en")},
        ),
    )


def voorstel_zelf(pack: Regelpakket) -> tuple[Veld, ...]:
    """The optional parts about the proposal itself (DOMAIN §5 Triple Aim, who in the first line):
    objects that may be left out (null) and that no rule tests, so they never change the verdict."""
    vz = pack.voorstel_zelf
    out: list[Veld] = []
    ta, ev = vz.get("triple_aim"), vz.get("evaluatie")
    if ta or ev:
        effecten = tuple(e["id"] for e in ta["effecten"]) if ta else ()
        velden = [
            Veld(
                d["id"],
                "keuze",
                f"Verwacht effect op: {t(d['naam'], 'nl')}",
                keuzes=effecten,
                standaard="onbekend",
                titel=d["naam"],
                uitleg={
                    "nl": f"Verwacht effect op: {t(d['naam'], 'nl')}",
                    "en": f"Expected effect on: {t(d['naam'], 'en')}",
                },
            )
            for d in (ta["doelen"] if ta else ())
        ]
        velden += [
            Veld(
                v["id"],
                "keuze",
                t(v["vraag"], "nl"),
                keuzes=UITSLUITING_ANTWOORDEN,
                standaard="onbekend",
                titel=v["naam"],
                uitleg=v["vraag"],
            )
            for v in (ev["vragen"] if ev else ())
        ]
        out.append(
            Veld(
                "triple_aim",
                "object",
                "Het voorstel zelf: verwacht effect op de drie pijlers van Triple Aim (+, +/-, -, onbekend) "
                "en of een pilot en een evaluatie gepland zijn (optioneel; verandert het advies niet)",
                velden=tuple(velden),
                leeg_mag=True,
                titel={
                    "nl": "Triple Aim en evaluatie van het voorstel",
                    "en": "Triple Aim and evaluation of the proposal",
                },
                uitleg={
                    "nl": "Verwacht effect op de drie pijlers van Triple Aim (+, +/-, -, onbekend) en of een "
                    "pilot en een evaluatie gepland zijn" + _OPTIONEEL["nl"],
                    "en": "Expected effect on the three aims of Triple Aim (+, +/-, -, unknown) and whether "
                    "a pilot and an evaluation are planned" + _OPTIONEEL["en"],
                },
            )
        )
    el = vz.get("eerste_lijn")
    if el:
        velden = [
            Veld(
                z["id"],
                "keuze",
                "Neemt deel: " + t(z["naam"], "nl"),
                keuzes=UITSLUITING_ANTWOORDEN,
                standaard="onbekend",
                titel=z["naam"],
                uitleg=vul_sjabloon(el["vraag"], naam=z["naam"]),
            )
            for z in el["zorgverleners"]
        ]
        sd = el.get("sociaal_domein")
        if sd:
            velden.append(
                Veld(
                    "sociaal_domein",
                    "keuze",
                    t(sd["vraag"], "nl") + " (gevraagd bij: " + ", ".join(sd["categorieen"]) + ")",
                    keuzes=UITSLUITING_ANTWOORDEN,
                    standaard="onbekend",
                    titel=sd["naam"],
                    uitleg=sd["vraag"],
                )
            )
        out.append(
            Veld(
                "eerste_lijn",
                "object",
                "Wie in de eerste lijn deelneemt (ja/nee/onbekend per zorgverlener), en of de gemeente / "
                "het sociaal domein betrokken is (optioneel; verandert het advies niet)",
                velden=tuple(velden),
                leeg_mag=True,
                titel={"nl": "Wie in de eerste lijn", "en": "Who in primary care"},
                uitleg={
                    "nl": "Wie in de eerste lijn deelneemt (ja/nee/onbekend per zorgverlener), en of de "
                    "gemeente / het sociaal domein betrokken is" + _OPTIONEEL["nl"],
                    "en": "Who in primary care takes part (yes/no/unknown per provider), and whether the "
                    "municipality / social domain is involved" + _OPTIONEEL["en"],
                },
            )
        )
    return tuple(out)


def respondent(pack: Regelpakket) -> Veld:
    """Who answered this proposal (issue 17): a role from the pack (partijen.json), and optionally
    a name and an organisation. Never changes the verdict; ``combineer`` sets parties side by side."""
    from ..partijen import partijregels

    regels = partijregels(pack)
    rollen = regels.rollen
    return Veld(
        "respondent",
        "object",
        t(regels.rollen_uitleg, "nl") + _OPTIONEEL["nl"],
        leeg_mag=True,
        titel={"nl": "Wie dit voorstel invulde", "en": "Who filled in this proposal"},
        uitleg={taal: t(regels.rollen_uitleg, taal) + _OPTIONEEL[taal] for taal in ("nl", "en")},
        velden=(
            Veld(
                "rol",
                "keuze",
                "De rol van wie antwoordde",
                keuzes=tuple(r.id for r in rollen),
                verplicht=True,
                titel={"nl": "Rol", "en": "Role"},
                uitleg={"nl": "De rol van wie antwoordde", "en": "The role of who answered"},
                keuze_teksten=tuple((r.id, r.naam, r.naam) for r in rollen),
            ),
            Veld(
                "naam",
                "tekst",
                "Naam (optioneel)",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Naam", "en": "Name"},
                uitleg={"nl": "Naam (optioneel)", "en": "Name (optional)"},
            ),
            Veld(
                "organisatie",
                "tekst",
                "Organisatie (optioneel)",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Organisatie", "en": "Organisation"},
                uitleg={"nl": "Organisatie (optioneel)", "en": "Organisation (optional)"},
            ),
        ),
    )
