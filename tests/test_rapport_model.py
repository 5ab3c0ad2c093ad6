"""The report's parts are frozen dataclasses (substitutiecheck.report); pydantic describes them
(``rapport_schema``). Every generated report must fit that description exactly: pydantic
validates its full dict back into an equal report, the JSON Schema accepts its JSON (version 2:
ids, issue 18) and the document around it, the JSON text is the dict, and resolving the ids from
the tables gives the full dict back."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter
from strategies import PACK, voorstellen

from substitutiecheck.evaluation import evaluate
from substitutiecheck.report import Bevinding, Rapport, rapport_schema
from substitutiecheck.report_tables import pakket_tabellen, volledig

ADAPTER = TypeAdapter(Rapport)
SCHEMA = rapport_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DOCUMENT = jsonschema.Draft202012Validator({"$ref": "#/$defs/Document", "$defs": SCHEMA["$defs"]})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(voorstellen(), st.sampled_from(["nl", "en"]), st.booleans())
def test_every_report_fits_its_pydantic_description(voorstel, taal, toelichting):
    rapport = evaluate(voorstel, PACK, taal, toelichting)
    full = rapport.naar_dict(volledig=True)
    assert ADAPTER.validate_python(full) == rapport  # every field of the declared type
    assert ADAPTER.dump_python(rapport, mode="json") == full
    data = rapport.naar_dict()
    VALIDATOR.validate(data)
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert rapport.naar_utf8() == compact.encode("utf-8")  # JSON Lines writes this
    assert rapport.naar_json() == compact
    assert rapport.naar_json(ingesprongen=True) == json.dumps(data, ensure_ascii=False, indent=2)
    assert json.loads(rapport.naar_json(volledig=True)) == full
    # the ids resolve, from the pack's tables and from the report's own document
    assert volledig(data, pakket_tabellen(PACK, taal)) == full
    doc = rapport.document()
    DOCUMENT.validate(doc)
    assert volledig(doc["rapporten"][0], doc) == full
    again = rapport.met_invoer("x.json", 3)
    assert again.invoer.bestand == "x.json" and json.loads(again.naar_json())["invoer"] == {
        "bestand": "x.json",
        "regel": 3,
    }
    assert json.loads(again.naar_utf8())["invoer"] == {"bestand": "x.json", "regel": 3}
    assert rapport.invoer is None  # met_invoer made a copy


def test_report_parts_are_frozen():
    rapport = evaluate({"patientgroep": {"categorie": "diabetes"}}, PACK)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rapport.advies = "go"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rapport.bevindingen[0].ernst = "notitie"  # type: ignore[misc]


def test_the_schema_describes_the_fields():
    schema = rapport_schema()
    props = schema["$defs"]["Bevinding"]["properties"]
    assert props["regel"]["description"].startswith("Stabiel regel-id")
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == {f.name for f in dataclasses.fields(Rapport)}
    assert schema["$defs"]["Bevinding"]["description"].startswith("Eén regel die afging")
    assert _ruw()["$defs"]["Bevinding"]["description"].startswith(Bevinding.__doc__)
    # version 2: the texts of a rule live in the table, the sources are ids
    assert "naam" not in props and "bronnen" not in props
    assert "tabel 'regels'" in schema["$defs"]["Bevinding"]["description"]
    vorm = schema["$defs"]["Tabellen"]["properties"]["samenwerkingsvormen"]
    assert vorm["additionalProperties"]["properties"]["bronnen"]["items"] == {"type": "string"}
    assert schema["$defs"]["Kop"]["properties"]["kop"]["properties"]["rapportversie"]["const"] == 2


def test_a_report_is_deeply_immutable_and_shares_nothing_a_caller_can_change():
    """Issue 15, bug 1: the parts held lists, shared between reports (sources, findings), so
    appending to one report's sources changed a later, separate report and left its cached JSON
    out of step with ``naar_dict()``. Every part is now a frozen dataclass of tuples."""
    voorstel = {"patientgroep": {"categorie": "diabetes"}}
    a = evaluate(voorstel, PACK)
    before = len(a.bevindingen[0].bronnen)
    a.bevindingen[0].naar_json()  # the part's JSON is made (and kept) before any change
    with pytest.raises((AttributeError, TypeError)):
        a.bevindingen[0].bronnen.append(a.bevindingen[0].bronnen[0])  # type: ignore[attr-defined]
    b = evaluate(voorstel, PACK)
    assert len(b.bevindingen[0].bronnen) == before
    for rapport in (a, b):
        assert json.loads(rapport.naar_json()) == rapport.naar_dict()
    # every container anywhere in a report is immutable: no list, dict or set can be reached
    voorbeeld = (
        Path(__file__).parent.parent / "examples/voorstellen/diabetes-ketenzorg-utrecht.json"
    )
    full = evaluate(
        {**json.loads(voorbeeld.read_text("utf-8")), "triple_aim": {}, "eerste_lijn": {}}, PACK
    )

    def walk(value, where):
        assert not isinstance(value, (list, dict, set)), where
        if dataclasses.is_dataclass(value):
            assert type(value).__dataclass_params__.frozen, where
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f"{where}.{f.name}")
        elif isinstance(value, tuple):
            for i, v in enumerate(value):
                walk(v, f"{where}[{i}]")

    walk(full, "rapport")
    assert full.toelichting is not None and full.toelichting.samenwerking is not None
    assert full.toelichting.triple_aim is not None and full.toelichting.eerste_lijn is not None


def test_a_tuple_of_parts_is_written_by_each_parts_own_rule_even_when_kinds_mix():
    """naar_json writes a tuple of parts of one class from their kept JSON in one go (issue 18);
    a tuple that mixes kinds (never made by evaluate, but a caller can build one) must still be
    written element by element: a source as its id, a part as its object, a text as a string."""
    r = evaluate({"patientgroep": {"categorie": "diabetes"}}, PACK)
    bevinding = r.bevindingen[0]
    bron = bevinding.bronnen[0]
    bron.naar_json()  # a source with its own JSON kept: inside a part it is still only its id
    for mixed in ((bevinding, bron), (bron, bevinding), ("tekst", bevinding), (bevinding, "x")):
        kapot = dataclasses.replace(r, bevindingen=mixed)  # type: ignore[arg-type]
        assert json.loads(kapot.naar_json()) == kapot.naar_dict()
        written = json.loads(kapot.naar_json())["bevindingen"]
        expected = {bron: bron.id, bevinding: bevinding.naar_dict()}
        assert written == [expected.get(v, v) for v in mixed]
    same = dataclasses.replace(r, bevindingen=(bevinding, bevinding))
    assert json.loads(same.naar_json())["bevindingen"] == [bevinding.naar_dict()] * 2


def _beschrijvingen(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "description" and isinstance(v, str):
                out.append(v)
            else:
                _beschrijvingen(v, out)
    elif isinstance(node, list):
        for v in node:
            _beschrijvingen(v, out)
    return out


def test_every_description_of_the_report_schema_is_in_dutch_and_in_english():
    """'schema --rapport --lang en' printed 110 of 155 descriptions in Dutch, and the Dutch schema
    had the English class docstrings (a user trial): every description now comes from
    schemas/rapport-beschrijvingen.json, in the asked language; the table has no stale entry."""
    from substitutiecheck.report_schema import beschrijvingen

    table = beschrijvingen()
    bron = _beschrijvingen(_ruw(), [])
    assert sorted(set(bron)) == sorted(table), (
        "add the new description to the table, or drop the old"
    )
    for taal in ("nl", "en"):
        got = _beschrijvingen(rapport_schema(taal), [])
        assert len(got) == len(bron)
        assert set(got) == {table[b][taal] for b in bron}
    assert rapport_schema() == SCHEMA  # Dutch by default
    for b, teksten in table.items():
        assert teksten["nl"] and teksten["en"] and teksten["nl"] != teksten["en"], b


def _ruw():
    """The schema before its descriptions are looked up (what the code and pydantic write)."""
    from substitutiecheck.report_schema import schema_zoals_geschreven

    return schema_zoals_geschreven()


def test_schema_rapport_prints_the_asked_language():
    from conftest import run_cli

    en = json.loads(run_cli("schema", "--rapport", "--lang", "en").stdout)
    nl = json.loads(run_cli("schema", "--rapport").stdout)
    assert en["$defs"]["Bevinding"]["properties"]["ernst"]["description"].startswith("Effect on")
    assert nl["description"] == "Het advies voor één voorstel"


def test_the_english_report_schema_has_no_dutch_titles():
    """'schema --rapport --lang en' titled fields with their Dutch key ('soort_naam' -> 'Soort
    Naam', pydantic's) and the tables' entries in Dutch ('Regeltekst'): field titles are gone in
    both languages (they only repeated the key); the tables' titles are English in English; what
    is left are the type names, the keys of ``$defs``."""
    from substitutiecheck.report_schema import TITELS

    def titels(node, out):
        if isinstance(node, dict):
            if isinstance(node.get("title"), str):
                out.add(node["title"])
            for v in node.values():
                titels(v, out)
        elif isinstance(node, list):
            for v in node:
                titels(v, out)
        return out

    for taal, tabel in (("nl", set(TITELS)), ("en", set(TITELS.values()))):
        doc = rapport_schema(taal)
        gezien = titels(doc, set())
        assert gezien - set(doc["$defs"]) == tabel, taal
    en = rapport_schema("en")["$defs"]
    assert (
        en["Kop"]["properties"]["kop"]["properties"]["regels"]["additionalProperties"]["title"]
        == "Rule text"
    )
    assert "title" not in rapport_schema("en")["properties"]["regio"]
