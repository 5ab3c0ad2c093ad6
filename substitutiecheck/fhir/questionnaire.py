"""The questionnaire of the active rule pack as a FHIR R4 ``Questionnaire`` (a plain dict).

Built from :class:`substitutiecheck.questionnaire.data.Vragenlijst`, so every question, choice,
help text and condition comes from the same place as in ``substitutiecheck vragenlijst``:

- one ``group`` item per section (linkId ``sectie:<id>``), its intro as a ``display`` item;
- one item per question, linkId = the proposal field path (``randvoorwaarden.ict``): ``choice``
  with ``answerOption.valueCoding`` from our CodeSystems (``common.systeem``), or ``string`` /
  ``text`` with ``maxLength``; ``required`` for required questions; ``initialSelected`` on the answer
  the terminal questionnaire preselects (so a condition on an unanswered field reads the same
  default as in the proposal);
- the help text (with its sources) as a ``display`` child with the itemControl ``help``;
- conditions (``als``) as ``enableWhen`` + ``enableBehavior`` where they can be expressed (see
  :func:`enable_when`); where not, the question is always enabled and the condition is named
  in its help text, and the answer is still checked on import;
- every text in the primary language with the other one as a translation extension.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..conditions import Alle, Bezoeker, Blad, EenVan, Knoop, Niet, lees
from ..pack import Regelpakket
from ..questionnaire.data import Vraag, Vragenlijst
from ..questionnaire.flow import Sessie
from .common import (
    HULP_SUFFIX,
    INTRO_SUFFIX,
    ITEM_CONTROL,
    ITEM_CONTROL_SYSTEM,
    SECTIE_PREFIX,
    questionnaire_url,
    questionnaire_versie,
    resource_id,
    systeem,
    vragenlijst_voor,
    zet_tekst,
)

_WOORDEN = {
    "bronnen": {"nl": "Bronnen", "en": "Sources"},
    "voorwaarde": {"nl": "Alleen van toepassing als: {c}", "en": "Only applies when: {c}"},
    "lege_vorm": {
        "nl": "Nog geen keuze? Laat deze vraag dan open.",
        "en": "No choice yet? Then leave this question unanswered.",
    },
}
TEXT_MAX = 255  # longer free texts become 'text' (multi-line) instead of 'string'


# ---------------------------------------------------------------------------------------------
# Conditions -> enableWhen
# ---------------------------------------------------------------------------------------------


_Atomen = tuple[list[tuple[str, str, str]], str | None] | None


class _EnableWhen(Bezoeker[_Atomen]):
    """(atoms (field, operator, value), behaviour 'all'/'any'/None for one atom) of a condition,
    ``niet`` pushed down to the leaves (De Morgan; ``neg``: of its negation), or None when it
    needs nesting that enableWhen cannot express."""

    def __init__(self, neg: bool = False) -> None:
        self.neg = neg

    def blad(self, k: Blad) -> _Atomen:
        b = k.omgekeerd() if self.neg else k
        atoms = [(b.veld, "=" if b.positief else "!=", v) for v in b.waarden]
        if len(atoms) == 1:
            return atoms, None
        return atoms, "any" if b.positief else "all"

    def _samen(self, delen: tuple[Knoop, ...], behaviour: str) -> _Atomen:
        out: list[tuple[str, str, str]] = []
        for sub in delen:
            part = self.bezoek(sub)
            if part is None or (part[1] not in (None, behaviour)):
                return None
            out.extend(part[0])
        return out, (behaviour if len(out) > 1 else None)

    def alle(self, k: Alle) -> _Atomen:
        return self._samen(k.delen, "any" if self.neg else "all")

    def een_van(self, k: EenVan) -> _Atomen:
        return self._samen(k.delen, "all" if self.neg else "any")

    def niet(self, k: Niet) -> _Atomen:
        return _EnableWhen(not self.neg).bezoek(k.deel)


def enable_when(
    cond: Mapping[str, Any] | None, vl: Vragenlijst
) -> tuple[list[dict[str, Any]], str | None] | None:
    """The condition as (enableWhen list, enableBehavior or None); ``([], None)`` for no condition;
    None when it cannot be expressed.

    Expressible: ``is`` (=), ``is_niet`` (!=), ``in`` (= each, any), ``niet_in`` (!= each, all),
    ``niet`` (pushed down to the leaves), and one level of ``alle`` (all) or ``een_van`` (any) whose
    parts need the same behaviour. Not expressible: a mix that needs nesting, e.g.
    ``alle: [in [a, b], in [c, d]]`` (an 'and' of 'or's): R4 has one enableBehavior per item.
    """
    if cond is None:
        return [], None
    part = _EnableWhen().bezoek(lees(cond))
    if part is None:
        return None
    items = []
    for veld, op, value in part[0]:
        ew: dict[str, Any] = {"question": veld, "operator": op}
        if vl.velden[veld].soort == "tekst":
            ew["answerString"] = value
        else:
            ew["answerCoding"] = {"system": systeem(veld), "code": value}
        items.append(ew)
    return items, part[1]


# ---------------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------------


def _display(
    link_id: str, tekst: Mapping[str, str], taal: str, help: bool = False
) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": link_id}
    zet_tekst(item, "text", tekst, taal)
    item["type"] = "display"
    if help:
        item["extension"] = [
            {
                "url": ITEM_CONTROL,
                "valueCodeableConcept": {
                    "coding": [
                        {"system": ITEM_CONTROL_SYSTEM, "code": "help", "display": "Help-Button"}
                    ]
                },
            }
        ]
    return item


def _hulp(q: Vraag, pack: Regelpakket, extra: list[Mapping[str, str]]) -> dict[str, str]:
    out = {}
    for lang in ("nl", "en"):
        parts = [q.hulp[lang]] + [e[lang] for e in extra]
        bronnen = [pack.bron_tekst(b, "kort", lang) for b in q.bron if b in pack.bronnen]
        if bronnen:
            parts.append(f"{_WOORDEN['bronnen'][lang]}: {'; '.join(bronnen)}")
        out[lang] = "\n\n".join(parts)
    return out


def _vraag_item(q: Vraag, vl: Vragenlijst, sessie: Sessie, taal: str) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": q.id}
    zet_tekst(item, "text", q.tekst, taal)
    extra: list[Mapping[str, str]] = []
    if q.type == "keuze":
        item["type"] = "choice"
        system = systeem(q.id)
        options = []
        standaard = sessie.standaard(q)
        for k in q.keuzes:
            if k.waarde == "":  # 'no choice yet' = no answer (a FHIR code is never empty)
                extra.append(_WOORDEN["lege_vorm"])
                continue
            coding: dict[str, Any] = {"system": system, "code": k.waarde}
            zet_tekst(coding, "display", k.naam, taal)
            option: dict[str, Any] = {"valueCoding": coding}
            if k.waarde == standaard:  # R4 que-11: with answerOption, no initial[x]
                option["initialSelected"] = True
            options.append(option)
        item["answerOption"] = options
    else:
        item["type"] = "text" if (q.max_lengte or 0) > TEXT_MAX else "string"
        if q.max_lengte:
            item["maxLength"] = q.max_lengte
    if q.verplicht:
        item["required"] = True
    ew = enable_when(q.als, vl)
    if ew is None:
        assert q.als is not None
        extra.append(
            {
                lang: _WOORDEN["voorwaarde"][lang].format(c=conditions.beschrijf(q.als, lang))
                for lang in ("nl", "en")
            }
        )
    elif ew[0]:
        item["enableWhen"] = ew[0]
        if ew[1]:
            item["enableBehavior"] = ew[1]
    item["item"] = [_display(q.id + HULP_SUFFIX, _hulp(q, vl.pack, extra), taal, help=True)]
    return item


def questionnaire(
    pack: Regelpakket, taal: str = "nl", vragenlijst: Vragenlijst | None = None
) -> dict[str, Any]:
    """The FHIR R4 Questionnaire (a JSON-ready dict) of the questionnaire for ``pack``.

    ``taal``: the primary language ('nl' or 'en'); the other one is a translation extension.
    """
    if taal not in ("nl", "en"):
        raise ValueError(f"taal moet 'nl' of 'en' zijn, niet {taal!r}")
    vl = vragenlijst or vragenlijst_voor(pack)
    sessie = Sessie(vl)
    groups: list[dict[str, Any]] = []
    by_section: dict[str, dict[str, Any]] = {}
    for q in vl.vragen:
        group = by_section.get(q.sectie.id)
        if group is None:
            link = SECTIE_PREFIX + q.sectie.id
            group = {"linkId": link}
            zet_tekst(group, "text", q.sectie.titel, taal)
            group["type"] = "group"
            group["item"] = [_display(link + INTRO_SUFFIX, q.sectie.intro, taal)]
            by_section[q.sectie.id] = group
            groups.append(group)
        group["item"].append(_vraag_item(q, vl, sessie, taal))
    doc: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": resource_id(pack),
        "language": taal,
        "url": questionnaire_url(pack),
        "version": questionnaire_versie(vl),
        "name": "Substitutiecheck_" + pack.naam,
    }
    zet_tekst(doc, "title", vl.titel, taal)
    doc["status"] = "active"
    doc["publisher"] = "substitutiecheck"
    zet_tekst(
        doc,
        "description",
        {lang: f"{vl.intro[lang]}\n\n{pack.titel[lang]}" for lang in ("nl", "en")},
        taal,
    )
    doc["item"] = groups
    return doc
