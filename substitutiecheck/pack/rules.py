"""Deriving the decision rules of DOMAIN §7 from a pack's items, so that each finding carries a
stable rule id, its texts and sources; and the rule texts' templates (pakket.json 'sjablonen')."""

from __future__ import annotations

import functools
import string
from collections.abc import Iterator, Mapping

from ..errors import Probleem, melding, probleem
from ..i18n import Tekst
from .items import Randvoorwaarde, freeze
from .model import Regel, Regelpakket

SJABLOON_VELDEN = {
    "rv_nee": ("naam",),
    "rv_onvolledig": ("naam",),
    "uitsluiting_onbekend": ("naam_lc",),
    "samenwerking_zwak": ("naam", "faal"),
}
"""The placeholders each template (pakket.json 'sjablonen') may use: ``{naam}`` and nothing more,
no attribute, index or format spec ('{naam.__class__}', '{naam[9]}', '{naam:>999999999}')."""


def _sjabloon_delen(text: str) -> list[tuple[str, str | None]] | str:
    """A template as (literal, placeholder or None) pieces, or the offending placeholder ('{'
    for a lone brace)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # a lone '{' or '}'
        return "{"
    pieces = []
    for literal, naam, spec, conversion in parsed:
        if naam is not None and (spec or conversion or not naam.isidentifier()):
            return (
                "{"
                + naam
                + ("!" + conversion if conversion else "")
                + (":" + spec if spec else "")
                + "}"
            )
        pieces.append((literal, naam))
    return pieces


def sjabloon_problemen(sjablonen: Mapping[str, Tekst]) -> Iterator[Probleem]:
    """Templates that use anything but their documented placeholders (checked when loading)."""
    for key, allowed in SJABLOON_VELDEN.items():
        yield from sjabloon_check(f"sjablonen.{key}", sjablonen.get(key, {}), allowed)


def sjabloon_check(
    path: str, template: Mapping[str, str], allowed: tuple[str, ...]
) -> Iterator[Probleem]:
    """One template ({'nl', 'en'}) that uses anything but ``allowed`` placeholders."""
    for lang, text in template.items():
        pieces = _sjabloon_delen(text)
        bad = (
            pieces
            if isinstance(pieces, str)
            else next((f"{{{f}}}" for _, f in pieces if f is not None and f not in allowed), None)
        )
        if bad is not None:
            yield probleem(
                f"{path}.{lang}",
                "sjabloon.ongeldig",
                fout=melding("sjabloon.losse_accolade")
                if bad == "{"
                else melding("sjabloon.plaatshouder", plaatshouder=bad),
                toegestaan=", ".join("{" + a + "}" for a in allowed),
            )


def vul_sjabloon(template: Tekst, **per_lang: Mapping[str, str]) -> dict[str, str]:
    """Fill a template's placeholders (only plain names; anything else stays as written: the
    load-time check has already reported it)."""
    out = {}
    for lang in ("nl", "en"):
        pieces = _sjabloon_delen(template[lang])
        if isinstance(pieces, str):
            out[lang] = template[lang]
            continue
        values = {k: v[lang] for k, v in per_lang.items()}
        out[lang] = "".join(
            literal + (values.get(field, "{" + field + "}") if field is not None else "")
            for literal, field in pieces
        )
    return out


def _lc(tekst: Tekst) -> dict[str, str]:
    return {k: v[:1].lower() + v[1:] for k, v in tekst.items()}


AFGELEID = ("uitsluiting", "categorie", "randvoorwaarde", "samenwerking")
"""The first part of the ids of the rules a pack derives itself (derive_rules, below): the
verdict's reason and the reporters tell findings apart by it, so a rule of regels.json named
'categorie.x' read as an unsuitable group and 'samenwerking.x' was left out of the notes (a
code review)."""


def derive_rules(p: Regelpakket) -> Iterator[Regel]:
    for u in p.uitsluitingen:
        veld = f"patientgroep.{u.id}"
        yield Regel(
            id=f"uitsluiting.{u.id}",
            soort="uitsluiting",
            onderwerp=u.id,
            veld=veld,
            als=freeze({"veld": veld, "is": "ja"}),
            ernst="blokkerend",
            ernst_blokkerend="blokkerend",
            blokkerend=True,
            blokkerend_als=None,
            naam=u.naam,
            tekst=u.tekst,
            advies=u.advies,
            bron=tuple(u.bron),
        )
        yield Regel(
            id=f"uitsluiting.{u.id}.onbekend",
            soort="uitsluiting",
            onderwerp=u.id,
            veld=veld,
            als=freeze({"veld": veld, "is": "onbekend"}),
            ernst="voorwaarde",
            ernst_blokkerend="voorwaarde",
            blokkerend=True,
            blokkerend_als=None,
            naam=u.naam,
            tekst=freeze(vul_sjabloon(p.sjablonen["uitsluiting_onbekend"], naam_lc=_lc(u.naam))),
            advies=u.onbekend_advies,
            bron=tuple(u.bron),
        )
    for c in p.categorieen:
        if c.geschikt == "ja":
            continue
        ernst = "blokkerend" if c.geschikt == "nee" else "voorwaarde"
        assert c.tekst is not None  # the schema requires it when 'geschikt' is not 'ja'
        yield Regel(
            id=f"categorie.{c.id}",
            soort="categorie",
            onderwerp=c.id,
            veld="patientgroep.categorie",
            als=freeze({"veld": "patientgroep.categorie", "is": c.id}),
            ernst=ernst,
            ernst_blokkerend=ernst,
            blokkerend=ernst == "blokkerend",
            blokkerend_als=None,
            naam=c.naam,
            tekst=c.tekst,
            advies=c.advies,
            bron=tuple(c.bron),
        )
    for r in p.randvoorwaarden:
        yield from _randvoorwaarde_regels(p, r)
    for e in p.elementen:
        veld = f"samenwerking.{e.id}"
        faal = {lang: ", ".join(e.faal[lang]) for lang in ("nl", "en")}
        yield Regel(
            id=f"samenwerking.{e.id}.zwak",
            soort="samenwerking",
            onderwerp=e.id,
            veld=veld,
            als=freeze({"veld": veld, "is": "nee"}),
            ernst="notitie",
            ernst_blokkerend="notitie",
            blokkerend=False,
            blokkerend_als=None,
            naam=e.naam,
            tekst=freeze(vul_sjabloon(p.sjablonen["samenwerking_zwak"], naam=e.naam, faal=faal)),
            advies=None,
            # the advice in the template (a lighter form first) and the threshold are the
            # product's own: its productkeuze source is named beside the element's
            bron=tuple(e.bron)
            + tuple(b for b in p.bronnen if p.is_productkeuze(b) and b not in e.bron),
        )
    for x in p.extra_regels:
        yield Regel(
            id=x.id,
            soort="regel",
            onderwerp=x.id,
            veld=x.veld,
            als=x.als,
            ernst=x.ernst,
            ernst_blokkerend=x.ernst,
            blokkerend=x.ernst == "blokkerend",
            blokkerend_als=None,
            naam=x.naam,
            tekst=x.tekst,
            advies=x.advies,
            bron=tuple(x.bron),
        )


def _randvoorwaarde_regels(p: Regelpakket, r: Randvoorwaarde) -> Iterator[Regel]:
    """A randvoorwaarde's two rules: answered 'nee', and answered 'deels' or 'onbekend'."""
    veld = f"randvoorwaarden.{r.id}"
    common = functools.partial(
        Regel,
        soort="randvoorwaarde",
        onderwerp=r.id,
        veld=veld,
        blokkerend=r.blokkerend,
        blokkerend_als=r.blokkerend_als,
        naam=r.naam,
        advies=r.advies,
        bron=tuple(r.bron),
        groep=r.groep,
    )
    yield common(
        id=f"randvoorwaarde.{r.id}.nee",
        als=freeze({"veld": veld, "is": "nee"}),
        ernst="blokkerend" if r.blokkerend else "voorwaarde",
        ernst_blokkerend="blokkerend",
        tekst=freeze(vul_sjabloon(p.sjablonen["rv_nee"], naam=r.naam)),
    )
    yield common(
        id=f"randvoorwaarde.{r.id}.onvolledig",
        als=freeze({"veld": veld, "in": ["deels", "onbekend"]}),
        ernst="voorwaarde",
        ernst_blokkerend="voorwaarde",
        tekst=freeze(vul_sjabloon(p.sjablonen["rv_onvolledig"], naam=r.naam)),
    )
