"""Cross-checks of a schema-valid pack: ids are unique, every source, group, kind, category,
financing route and field a pack names exists, templates use only their placeholders, and every
link the report states as a fact names where it comes from. Each problem is (file name, problem
with its JSON path in that file)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..errors import Probleem, probleem
from .analysis import check_condition
from .items import (
    Categorie,
    Element,
    ExtraRegel,
    Financieringsroute,
    Item,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
)
from .model import MAX_FIELDS, Regelpakket
from .rules import AFGELEID, sjabloon_check, sjabloon_problemen

MetBron = (
    Categorie
    | Uitsluiting
    | Randvoorwaarde
    | Samenwerkingsvorm
    | Financieringsroute
    | Element
    | ExtraRegel
)


def cross_check(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Every cross-reference problem of a schema-valid pack, as (file name, problem)."""
    yield from _ids_and_sources(p)
    yield from _check_toelichting(p)
    for prob in sjabloon_problemen(p.sjablonen):
        yield "pakket.json", prob
    yield from _uitsluitingen(p)
    yield from _randvoorwaarden(p)
    yield from _vormen(p)
    yield from _extra_regels(p)
    from .partijen_checks import partijen_problemen

    yield from partijen_problemen(p)


def _dup(file_name: str, section: str, items: Sequence[Item]) -> Iterator[tuple[str, Probleem]]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            yield (
                file_name,
                probleem(f"{section}[{i}].id", "pakket.dubbel_id", id=item.id),
            )
        seen.add(item.id)


def _sources(
    p: Regelpakket, file_name: str, section: str, items: Sequence[MetBron]
) -> Iterator[tuple[str, Probleem]]:
    for i, item in enumerate(items):
        for j, b in enumerate(item.bron):
            if b not in p.bronnen:
                yield (
                    file_name,
                    probleem(f"{section}[{i}].bron[{j}]", "pakket.bron.onbekend", bron=b),
                )


def _ids_and_sources(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Ids are unique per section, and every source an item names exists."""
    yield from _dup("patientgroepen.json", "categorieen", p.categorieen)
    yield from _dup("patientgroepen.json", "uitsluitingen", p.uitsluitingen)
    yield from _dup("randvoorwaarden.json", "groepen", p.groepen)
    yield from _dup("randvoorwaarden.json", "randvoorwaarden", p.randvoorwaarden)
    yield from _dup("samenwerkingsvormen.json", "samenwerkingsvormen", p.samenwerkingsvormen)
    yield from _dup("samenwerkingsvormen.json", "financiering", p.financiering)
    yield from _dup("samenwerking.json", "elementen", p.elementen)
    yield from _dup("regels.json", "regels", p.extra_regels)
    yield from _sources(p, "patientgroepen.json", "categorieen", p.categorieen)
    yield from _sources(p, "patientgroepen.json", "uitsluitingen", p.uitsluitingen)
    yield from _sources(p, "randvoorwaarden.json", "randvoorwaarden", p.randvoorwaarden)
    yield from _sources(p, "samenwerkingsvormen.json", "samenwerkingsvormen", p.samenwerkingsvormen)
    yield from _sources(p, "samenwerking.json", "elementen", p.elementen)
    yield from _sources(p, "regels.json", "regels", p.extra_regels)


def _uitsluitingen(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    reserved = {"categorie", "omschrijving"}
    for i, u in enumerate(p.uitsluitingen):
        if u.id in reserved:
            yield (
                "patientgroepen.json",
                probleem(f"uitsluitingen[{i}].id", "pakket.id_is_veld", id=u.id),
            )


def _randvoorwaarden(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    groups = {g.id for g in p.groepen}
    for i, r in enumerate(p.randvoorwaarden):
        if r.groep not in groups:
            yield (
                "randvoorwaarden.json",
                probleem(
                    f"randvoorwaarden[{i}].groep",
                    "pakket.groep.onbekend",
                    groep=r.groep,
                    keuzes=", ".join(sorted(groups)),
                ),
            )
        if r.blokkerend_als is not None:
            for prob in check_condition(
                p, r.blokkerend_als, f"randvoorwaarden[{i}].blokkerend_als"
            ):
                yield "randvoorwaarden.json", prob


def _vormen(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    kinds = {s.id for s in p.soorten}
    cats = {c.id for c in p.categorieen}
    for i, v in enumerate(p.samenwerkingsvormen):
        if v.soort not in kinds:
            yield (
                "samenwerkingsvormen.json",
                probleem(f"samenwerkingsvormen[{i}].soort", "pakket.soort.onbekend", soort=v.soort),
            )
        for j, c in enumerate(v.past_bij):
            if c not in cats:
                yield (
                    "samenwerkingsvormen.json",
                    probleem(
                        f"samenwerkingsvormen[{i}].past_bij[{j}]",
                        "pakket.categorie.onbekend",
                        waarde=c,
                    ),
                )


def _extra_regels(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """The extra rules (regels.json), the number of fields, unique rule ids."""
    for i, x in enumerate(p.extra_regels):
        if x.veld not in p.velden:
            yield (
                "regels.json",
                probleem(f"regels[{i}].veld", "pakket.veld.onbekend", veld=x.veld),
            )
        for prob in check_condition(p, x.als, f"regels[{i}].als"):
            yield "regels.json", prob
    if len(p.velden) > MAX_FIELDS:
        yield (
            "randvoorwaarden.json",
            probleem("", "pakket.te_veel_velden", aantal=len(p.velden), max=MAX_FIELDS),
        )
    for i, x in enumerate(p.extra_regels):  # the derived rules' names mean something
        voorvoegsel, punt, _ = x.id.partition(".")
        if punt and voorvoegsel in AFGELEID:  # 'samenwerking' alone is read as nothing else
            yield (
                "regels.json",
                probleem(f"regels[{i}].id", "pakket.regel_voorvoegsel", id=x.id, voor=voorvoegsel),
            )
    ids = [r.id for r in p.regels]
    if len(ids) != len(set(ids)):
        seen: set[str] = set()
        for rid in ids:
            if rid in seen:
                yield (
                    "regels.json",
                    probleem("", "pakket.regel_dubbel", id=rid),
                )
            seen.add(rid)


def _check_toelichting(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Cross-references of the data for the notes around the verdict (financing, toelichting.json)."""
    cats = {c.id for c in p.categorieen}
    fins = {f.id for f in p.financiering}
    forms = {v.id for v in p.samenwerkingsvormen}

    def unknown(
        file_name: str, path: str, values: Iterable[str], known: set[str], code: str
    ) -> Iterator[tuple[str, Probleem]]:
        for j, x in enumerate(values):
            if x not in known:
                yield file_name, probleem(f"{path}[{j}]", code, waarde=x)

    cat_w, fin_w, form_w = (
        "pakket.categorie.onbekend",
        "pakket.financiering.onbekend",
        "pakket.vorm.onbekend",
    )
    for i, v in enumerate(p.samenwerkingsvormen):
        yield from unknown(
            "samenwerkingsvormen.json",
            f"samenwerkingsvormen[{i}].financiering",
            v.financiering or (),
            fins,
            fin_w,
        )
    for i, f in enumerate(p.financiering):
        yield from unknown(
            "samenwerkingsvormen.json",
            f"financiering[{i}].past_bij",
            f.past_bij or (),
            cats,
            cat_w,
        )
        yield from unknown(
            "samenwerkingsvormen.json",
            f"financiering[{i}].bron",
            f.bron,
            set(p.bronnen),
            "pakket.bron.onbekend_kort",
        )
    tl = p.toelichting or {}
    name = "toelichting.json"
    for key in ("draagvlak", "samenwerkingsprofiel", "financiering"):
        yield from unknown(
            name,
            f"{key}.bron",
            tl.get(key, {}).get("bron", ()),
            set(p.bronnen),
            "pakket.bron.onbekend_kort",
        )
    for i, g in enumerate(tl.get("draagvlak", {}).get("groepen", ())):
        yield from unknown(name, f"draagvlak.groepen[{i}].categorie", [g["categorie"]], cats, cat_w)
    yield from unknown(
        name,
        "samenwerkingsprofiel.lichtere_vormen",
        tl.get("samenwerkingsprofiel", {}).get("lichtere_vormen", ()),
        forms,
        form_w,
    )
    for prob in sjabloon_check(  # filled in with the chosen form: '{vorm}' and nothing more
        "samenwerkingsprofiel.advies_zwak_gekozen",
        tl.get("samenwerkingsprofiel", {}).get("advies_zwak_gekozen", {}),
        ("vorm",),
    ):
        yield name, prob
    yield from unknown(
        name, "financiering.standaard", tl.get("financiering", {}).get("standaard", ()), fins, fin_w
    )
    yield from _check_voorstel_zelf(p, cats)
    yield from _check_link_sources(p)


def _check_voorstel_zelf(p: Regelpakket, cats: set[str]) -> Iterator[tuple[str, Probleem]]:
    """The optional parts about the proposal itself (toelichting.json 'voorstel_zelf'): every
    source and quoted source exists, the social-domain question names real categories."""
    vz, name, known = p.voorstel_zelf, "toelichting.json", set(p.bronnen)

    def src(path: str, b: str) -> Iterator[tuple[str, Probleem]]:
        if b not in known:
            yield name, probleem(path, "pakket.bron.onbekend", bron=b)

    for key, part in vz.items():
        base = f"voorstel_zelf.{key}"
        for sub_path, sub in ((base, part), (f"{base}.sociaal_domein", part.get("sociaal_domein"))):
            if not sub:
                continue
            for j, b in enumerate(sub["bron"]):
                yield from src(f"{sub_path}.bron[{j}]", b)
            citaten = [(f"{sub_path}.citaat.bron", sub["citaat"])] if "citaat" in sub else []
            citaten += [
                (f"{sub_path}.citaten[{i}].bron", c) for i, c in enumerate(sub.get("citaten", ()))
            ]
            for path, c in citaten:
                yield from src(path, c["bron"])
    if "eerste_lijn" in vz:  # filled in per provider: '{naam}' and nothing more
        for prob in sjabloon_check(
            "voorstel_zelf.eerste_lijn.vraag", vz["eerste_lijn"]["vraag"], ("naam",)
        ):
            yield name, prob
    sd = vz.get("eerste_lijn", {}).get("sociaal_domein")
    if sd:
        for j, c in enumerate(sd["categorieen"]):
            if c not in cats:
                yield (
                    name,
                    probleem(
                        f"voorstel_zelf.eerste_lijn.sociaal_domein.categorieen[{j}]",
                        "pakket.categorie.onbekend",
                        waarde=c,
                    ),
                )


def _check_link_sources(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Every link the report states as a fact (form -> group, form -> financing route, route ->
    group, the default routes) names where it comes from: a source, or 'productkeuze' when the
    product chose it. A link without one would be printed as if the e-book said so."""
    known = set(p.bronnen)
    sv, tl = "samenwerkingsvormen.json", "toelichting.json"

    def check(
        file_name: str, path: str, linked: Any, bronnen: Iterable[str] | None
    ) -> Iterator[tuple[str, Probleem]]:
        for j, b in enumerate(bronnen or ()):
            if b not in known:
                yield file_name, probleem(f"{path}[{j}]", "pakket.bron.onbekend", bron=b)
        if linked and not bronnen:
            yield file_name, probleem(path, "pakket.bron.ontbreekt")

    yield from check(
        sv,
        "algemeen.past_bij_bron",
        any(v.past_bij for v in p.samenwerkingsvormen),
        p.vormen_info.get("past_bij_bron"),
    )
    for i, v in enumerate(p.samenwerkingsvormen):
        yield from check(
            sv,
            f"samenwerkingsvormen[{i}].financiering_bron",
            v.financiering,
            v.financiering_bron,
        )
    for i, f in enumerate(p.financiering):
        yield from check(sv, f"financiering[{i}].past_bij_bron", f.past_bij, f.past_bij_bron)
    fin = (p.toelichting or {}).get("financiering", {})
    yield from check(
        tl, "financiering.standaard_bron", fin.get("standaard"), fin.get("standaard_bron")
    )
