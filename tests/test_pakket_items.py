"""The items of a rule pack are typed and deeply immutable (issue 15 item 6): frozen dataclasses
built once after the schema check, tuples for lists, read-only mappings for texts and
conditions. A library caller cannot change what every later report reads."""

from __future__ import annotations

import dataclasses
import json
from types import MappingProxyType

import pytest
from conftest import ROOT

import substitutiecheck
from substitutiecheck import evaluate
from substitutiecheck.i18n import t
from substitutiecheck.pack import (
    Benoemd,
    Categorie,
    Element,
    ExtraRegel,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
    to_json,
)

TWENTE = ROOT / "examples" / "regio-twente"
SECTIES = {
    "categorieen": ("patientgroepen.json", "categorieen", Categorie),
    "uitsluitingen": ("patientgroepen.json", "uitsluitingen", Uitsluiting),
    "groepen": ("randvoorwaarden.json", "groepen", Benoemd),
    "randvoorwaarden": ("randvoorwaarden.json", "randvoorwaarden", Randvoorwaarde),
    "soorten": ("samenwerkingsvormen.json", "soorten", Benoemd),
    "samenwerkingsvormen": ("samenwerkingsvormen.json", "samenwerkingsvormen", Samenwerkingsvorm),
    "financiering": ("samenwerkingsvormen.json", "financiering", Financieringsroute),
    "elementen": ("samenwerking.json", "elementen", Element),
    "extra_regels": ("regels.json", "regels", ExtraRegel),
}


def _deep_immutable(value: object, where: str) -> None:
    assert not isinstance(value, (dict, list, set)), where
    if isinstance(value, MappingProxyType):
        for k, v in value.items():
            _deep_immutable(v, f"{where}.{k}")
    elif isinstance(value, tuple):
        for i, v in enumerate(value):
            _deep_immutable(v, f"{where}[{i}]")


@pytest.mark.parametrize("pack_of", ["standaard", "laad", "twente"])
def test_the_library_api_returns_typed_deeply_immutable_items(pack_of):
    pack = {
        "standaard": substitutiecheck.standaard_regelpakket,
        "laad": lambda: substitutiecheck.laad_regelpakket(None),
        "twente": lambda: substitutiecheck.laad_regelpakket(TWENTE),
    }[pack_of]()
    for section, (_, _, kind) in SECTIES.items():
        items = getattr(pack, section)
        assert isinstance(items, tuple)
        for item in items:
            assert type(item) is kind, section
            for f in dataclasses.fields(item):
                _deep_immutable(getattr(item, f.name), f"{section}.{item.id}.{f.name}")


def test_every_item_reads_back_as_its_file_entry():
    """to_json is the one way back: it gives exactly what the file held (and t() reads a text)."""
    pack = substitutiecheck.standaard_regelpakket()
    for section, (file_name, key, _) in SECTIES.items():
        path = ROOT / "rules" / file_name
        entries = json.loads(path.read_text("utf-8"))[key] if path.is_file() else []
        assert [to_json(item) for item in getattr(pack, section)] == entries, section
    rv = pack.randvoorwaarde("meerwaarde_patient")
    assert t(rv.naam, "en") == "Added value for the patient"
    assert t(rv.naam, "fr") == rv.naam["nl"]


def test_mutating_an_item_raises_and_later_reports_stay_the_same(alles_ja):
    """The bug this prevents: appending to an item's sources changed every later report."""
    pack = substitutiecheck.standaard_regelpakket()
    voorstel = {**alles_ja, "randvoorwaarden": {**alles_ja["randvoorwaarden"], "ict": "nee"}}
    before = evaluate(voorstel).naar_json()
    rv = pack.randvoorwaarde("ict")
    with pytest.raises(dataclasses.FrozenInstanceError):
        rv.bron = ("x",)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        rv.bron.append("x")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        rv.naam["nl"] = "x"  # type: ignore[index]
    assert rv.blokkerend_als is not None
    with pytest.raises(TypeError):
        rv.blokkerend_als["is"] = "x"  # type: ignore[index]
    element = pack.elementen[0]
    with pytest.raises(AttributeError):
        element.succes["nl"].append("x")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        element.faal["nl"] = ()  # type: ignore[index]
    assert evaluate(voorstel).naar_json() == before


def test_a_regional_pack_merges_typed_items_and_leaves_the_default_pack_alone():
    national = substitutiecheck.standaard_regelpakket()
    before = {s: [to_json(i) for i in getattr(national, s)] for s in SECTIES}
    twente = substitutiecheck.laad_regelpakket(TWENTE)
    # an override changes only the fields it names; the base item itself stays as it was
    base = national.randvoorwaarde("inkoop_verzekeraar")
    merged = twente.randvoorwaarde("inkoop_verzekeraar")
    assert isinstance(merged, Randvoorwaarde) and merged is not base
    assert "regio_twente" in merged.bron and "regio_twente" not in base.bron
    assert merged.naam == base.naam and merged.vraag == base.vraag
    assert merged.advies != base.advies
    # a new item is added, typed
    extra = twente.randvoorwaarde("bestuurlijk_commitment")
    assert isinstance(extra, Randvoorwaarde) and extra.groep == "samenwerking"
    assert "bestuurlijk_commitment" not in {r.id for r in national.randvoorwaarden}
    assert {s: [to_json(i) for i in getattr(national, s)] for s in SECTIES} == before


def test_the_rest_of_a_loaded_pack_and_its_rules_are_read_only_too():
    pack = substitutiecheck.standaard_regelpakket()
    for name in ("titel", "bronnen", "sjablonen", "vormen_info", "toelichting", "partijen"):
        _deep_immutable(getattr(pack, name), name)
    with pytest.raises(TypeError):
        pack.bronnen["raedelijn"] = {}  # type: ignore[index]
    for regel in pack.regels:
        for name in ("als", "blokkerend_als", "naam", "tekst", "advies", "bron"):
            _deep_immutable(getattr(regel, name), f"{regel.id}.{name}")
    with pytest.raises(TypeError):
        pack.regels_by_id["randvoorwaarde.ict.nee"].tekst["nl"] = "x"  # type: ignore[index]


def test_a_pack_still_pickles_and_deep_copies(alles_ja):
    """Read-only mappings do not pickle by themselves; a library user who sends a pack to a
    spawned worker (or deep-copies it) gets an equal, equally read-only pack."""
    import copy
    import pickle

    pack = substitutiecheck.laad_regelpakket(TWENTE)
    pack.regels  # noqa: B018 - the cached rules are pickled with the pack
    for kopie in (pickle.loads(pickle.dumps(pack)), copy.deepcopy(pack)):
        assert kopie.randvoorwaarden == pack.randvoorwaarden
        assert kopie.regels == pack.regels
        _deep_immutable(kopie.randvoorwaarde("ict").blokkerend_als, "ict.blokkerend_als")
        assert to_json(kopie.toelichting) == to_json(pack.toelichting)
        assert evaluate(alles_ja, regels=kopie).naar_json() == (
            evaluate(alles_ja, regels=pack).naar_json()
        )


def test_the_packs_stamp_and_field_table_cannot_be_changed_through_the_pack():
    """pack.stempel is a new dict per call and pack.velden is read-only: a caller who changes
    what it got cannot change a later report's stamp or what the rules may test."""
    from substitutiecheck import evaluate
    from substitutiecheck.pack import standaard_regelpakket

    pack = standaard_regelpakket()
    stamp = pack.stempel
    stamp["naam"] = "vervalst"
    stamp["uitbreiding_van"].append("x")
    assert pack.stempel["naam"] != "vervalst" and "x" not in pack.stempel["uitbreiding_van"]
    with pytest.raises(TypeError):
        pack.velden["financiering"] = ("gratis",)  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        pack.regels_by_id.clear()  # type: ignore[attr-defined]
    r = evaluate({"patientgroep": {"categorie": "diabetes"}}, regels=pack)
    assert r.regelpakket.naam == pack.naam
