"""The problems of a rule pack, its scenarios and partijen.json, by stable code, in Dutch and
English. Part of :data:`substitutiecheck.texts_problems.TEKSTEN_PROBLEMEN` (see there)."""

from __future__ import annotations

TEKSTEN_PROBLEMEN_PAKKET: dict[str, dict[str, str]] = {
    # a rule pack's rules and conditions (packinfo, pack.analysis)
    "regel.onbekend": {
        "nl": "onbekende regel '{regel}'{hint}",
        "en": "unknown rule '{regel}'{hint}",
    },
    "conditie.veld.onbekend": {
        "nl": "onbekend veld '{veld}'{bedoeld}",
        "en": "unknown field '{veld}'{bedoeld}",
    },
    # a pack's scenarios (scenarios.py)
    "scenario.id.onbekend": {
        "nl": "onbekend id '{id}'{bedoeld}",
        "en": "unknown id '{id}'{bedoeld}",
    },
    # the JSON Schema check of a rule pack's files (pack/schema_messages.py)
    "schema.verplicht": {
        "nl": "verplicht veld '{veld}' ontbreekt",
        "en": "required field '{veld}' is missing",
    },
    "schema.onbekend_veld": {
        "nl": "onbekend veld '{veld}'{bedoeld}",
        "en": "unknown field '{veld}'{bedoeld}",
    },
    "schema.keuze": {
        "nl": "ongeldige waarde {waarde}; kies uit: {keuzes}",
        "en": "invalid value {waarde}; choose from: {keuzes}",
    },
    "schema.type": {"nl": "verwacht {soort}", "en": "expected {soort}"},
    "schema.type.string": {"nl": "tekst", "en": "text"},
    "schema.type.object": {"nl": "object", "en": "object"},
    "schema.type.array": {"nl": "lijst", "en": "list"},
    "schema.type.boolean": {"nl": "true/false", "en": "true/false"},
    "schema.type.integer": {"nl": "geheel getal", "en": "integer"},
    "schema.type.number": {"nl": "getal", "en": "number"},
    "schema.type.anders": {"nl": "{naam}", "en": "{naam}"},
    "schema.type.leeg": {"nl": "leeg (null)", "en": "empty (null)"},
    "schema.type.of": {"nl": "{a} of {b}", "en": "{a} or {b}"},
    "schema.te_veel": {
        "nl": "te veel onderdelen: hoogstens {max}",
        "en": "too many parts: at most {max}",
    },
    "schema.te_lang": {
        "nl": "te lang: hoogstens {max} tekens",
        "en": "too long: at most {max} characters",
    },
    "schema.vorm": {
        "nl": "{waarde} heeft niet de juiste vorm (kleine letters, cijfers en _)",
        "en": "{waarde} does not have the right form (lower case, digits and _)",
    },
    "schema.leeg": {"nl": "mag niet leeg zijn", "en": "must not be empty"},
    "schema.dubbel": {"nl": "bevat een waarde twee keer", "en": "contains a value twice"},
    "schema.conditie_te_diep": {
        "nl": "conditie te diep genest: hoogstens {max} niveaus alle/een_van/niet in elkaar",
        "en": "condition nested too deeply: at most {max} levels of alle/een_van/niet",
    },
    "schema.anders": {  # jsonschema's own (English) words, for a validator we don't name
        "nl": "voldoet niet aan het schema: {tekst}",
        "en": "does not match the schema: {tekst}",
    },
    # a regional pack over its base (pack/merge.py)
    "pakket.wijzigt_onbekend_id": {
        "nl": "wijzigt '{id}', maar dat id bestaat niet in het basispakket{bedoeld} (een nieuw item "
        "heeft alle verplichte velden nodig)",
        "en": "changes '{id}', but that id does not exist in the base pack{bedoeld} (a new item "
        "needs every required field)",
    },
    # reading a rule pack (pack/loading.py, pack/merge.py)
    "pakket.geen_map": {
        "nl": "regelpakket-map bestaat niet",
        "en": "rule pack folder does not exist",
    },
    "pakket.bestand_ontbreekt": {
        "nl": "bestand ontbreekt in het regelpakket",
        "en": "file missing from the rule pack",
    },
    "pakket.geen_bestand": {
        "nl": "is geen gewoon bestand (een map, een koppeling naar niets of een apparaat); het "
        "regelpakket leest het niet",
        "en": "is not a regular file (a folder, a link to nothing or a device); the rule pack "
        "does not read it",
    },
    "pakket.onbekend_bestand": {
        "nl": "onbekend bestand: het regelpakket leest het niet (bekende namen: pakket.json, "
        "patientgroepen.json, randvoorwaarden.json, samenwerkingsvormen.json, samenwerking.json, "
        "regels.json, toelichting.json, partijen.json, scenarios.json){bedoeld}",
        "en": "unknown file: the rule pack does not read it (known names: pakket.json, "
        "patientgroepen.json, randvoorwaarden.json, samenwerkingsvormen.json, samenwerking.json, "
        "regels.json, toelichting.json, partijen.json, scenarios.json){bedoeld}",
    },
    "pakket.null": {
        "nl": "verwacht een object {{...}}, kreeg null",
        "en": "expected an object {{...}}, got null",
    },
    "pakket.geen_object": {"nl": "verwacht een object {{...}}", "en": "expected an object {{...}}"},
    "pakket.te_diep": {
        "nl": "meer dan {max} pakketten op elkaar (een kring?)",
        "en": "more than {max} packs extending each other (a cycle?)",
    },
    "pakket.naam_ongeldig": {
        "nl": "geen geldige pakketnaam of map (hoogstens 200 tekens, geen stuurtekens)",
        "en": "not a valid pack name or folder (at most 200 characters, no control characters)",
    },
    "pakket.basis_ontbreekt": {
        "nl": "basispakket '{naam}' niet gevonden ({map})",
        "en": "base pack '{naam}' not found ({map})",
    },
    "pakket.item_zonder_id": {
        "nl": "elk item heeft een tekst-'id' nodig",
        "en": "every item needs a text 'id'",
    },
    "pakket.engine_conditie": {
        "nl": "de regel-engine weigert deze conditie ({reden}); maak haar eenvoudiger",
        "en": "the rule engine refuses this condition ({reden}); make it simpler",
    },
    "pakket.engine": {
        "nl": "de regel-engine weigert het pakket: {reden}",
        "en": "the rule engine refuses the pack: {reden}",
    },
    # the cross-checks of a schema-valid pack (pack/checks.py, partijen.py)
    "pakket.dubbel_id": {"nl": "dubbel id '{id}'", "en": "duplicate id '{id}'"},
    "pakket.eigen_tekst": {
        "nl": "'{id}' verandert 'geschikt' of 'bron' van het pakket dat het uitbreidt, maar niet "
        "'tekst': geef een eigen 'tekst' (en 'advies'); het rapport toont die als 'Waarom', en "
        "de oude tekst hoort bij het oude oordeel en de oude bronnen",
        "en": "'{id}' changes 'geschikt' or 'bron' of the pack it extends, but not 'tekst': give "
        "its own 'tekst' (and 'advies'); the report shows it as 'Why', and the old text belongs "
        "to the old verdict and the old sources",
    },
    "pakket.bron.onbekend": {
        "nl": "onbekende bron '{bron}' (niet in pakket.json 'bronnen')",
        "en": "unknown source '{bron}' (not in pakket.json 'bronnen')",
    },
    "pakket.bron.onbekend_kort": {
        "nl": "onbekende bron '{waarde}'",
        "en": "unknown source '{waarde}'",
    },
    "pakket.bron.ontbreekt": {
        "nl": "bron ontbreekt: zeg waar deze koppeling vandaan komt (een bron, of 'productkeuze' als "
        "substitutiecheck haar zelf koos)",
        "en": "source missing: say where this link comes from (a source, or 'productkeuze' when "
        "substitutiecheck chose it itself)",
    },
    "pakket.id_is_veld": {
        "nl": "id '{id}' is al een veld van patientgroep",
        "en": "id '{id}' is already a field of patientgroep",
    },
    "pakket.groep.onbekend": {
        "nl": "onbekende groep '{groep}'; kies uit: {keuzes}",
        "en": "unknown group '{groep}'; choose from: {keuzes}",
    },
    "pakket.soort.onbekend": {"nl": "onbekende soort '{soort}'", "en": "unknown kind '{soort}'"},
    "pakket.categorie.onbekend": {
        "nl": "onbekende categorie '{waarde}'",
        "en": "unknown category '{waarde}'",
    },
    "pakket.financiering.onbekend": {
        "nl": "onbekende financiering '{waarde}'",
        "en": "unknown financing route '{waarde}'",
    },
    "pakket.vorm.onbekend": {
        "nl": "onbekende samenwerkingsvorm '{waarde}'",
        "en": "unknown form '{waarde}'",
    },
    "pakket.veld.onbekend": {"nl": "onbekend veld '{veld}'", "en": "unknown field '{veld}'"},
    "pakket.te_veel_velden": {
        "nl": "te veel velden ({aantal}); het maximum is {max}",
        "en": "too many fields ({aantal}); the maximum is {max}",
    },
    "pakket.regel_voorvoegsel": {
        "nl": "regel-id '{id}' begint met '{voor}.', dat hoort bij de regels die het pakket zelf "
        "afleidt; kies een andere naam (bijvoorbeeld 'regio.…')",
        "en": "rule id '{id}' starts with '{voor}.', which belongs to the rules the pack derives "
        "itself; choose another name (for example 'regio.…')",
    },
    "pakket.regel_dubbel": {
        "nl": "regel-id '{id}' komt twee keer voor",
        "en": "rule id '{id}' occurs twice",
    },
    "conditie.waarde.nooit": {
        "nl": "waarde '{waarde}' kan veld '{veld}' nooit hebben; kies uit: {keuzes}",
        "en": "value '{waarde}' is never a value of field '{veld}'; choose from: {keuzes}",
    },
    # warnings of 'regels valideer' (pack/analysis.waarschuwingen): analyse() says nooit/altijd
    "waarschuwing.blokkerend_als.nooit": {
        "nl": "'blokkerend_als' kan nooit waar zijn",
        "en": "'blokkerend_als' can never hold",
    },
    "waarschuwing.blokkerend_als.altijd": {
        "nl": "'blokkerend_als' is altijd waar",
        "en": "'blokkerend_als' always holds",
    },
    "waarschuwing.regel.nooit": {
        "nl": "regel '{id}': de conditie kan nooit waar zijn: de regel vuurt nooit",
        "en": "rule '{id}': the condition can never hold: the rule never fires",
    },
    "waarschuwing.regel.altijd": {
        "nl": "regel '{id}': de conditie is altijd waar: de regel vuurt bij elk voorstel",
        "en": "rule '{id}': the condition always holds: the rule fires for every proposal",
    },
    # partijen.json (partijen.py)
    "partijen.advies_ontbreekt": {
        "nl": "advies ontbreekt voor: {soorten}",
        "en": "advice missing for: {soorten}",
    },
    # scenarios.json and running it (scenarios.py)
    "scenario.onleesbaar": {"nl": "ongeldige JSON: {reden}", "en": "invalid JSON: {reden}"},
    "scenario.geen_lijst": {
        "nl": "verwacht een lijst 'scenarios'",
        "en": "expected a list 'scenarios'",
    },
    "scenario.naam_verwacht": {
        "nl": "een scenario heeft 'naam' (tekst, of {{\"nl\": ..., \"en\": ...}}) en 'verwacht' nodig",
        "en": "a scenario needs 'naam' (text, or {{\"nl\": ..., \"en\": ...}}) and 'verwacht'",
    },
    "scenario.wijzig.geen_object": {
        "nl": "'wijzig' moet een object zijn met veldpaden als sleutels ('patientgroep.zeldzaam')",
        "en": "'wijzig' must be an object with field paths as keys ('patientgroep.zeldzaam')",
    },
    "scenario.wijzig.pad": {
        "nl": "veldpad '{pad}' loopt door '{deel}', en dat is in het voorstel geen object",
        "en": "field path '{pad}' runs through '{deel}', which is not an object in the proposal",
    },
    "scenario.basis.onbekend": {
        "nl": "onbekende basis {basis}; noem een eerder scenario",
        "en": "unknown basis {basis}; name an earlier scenario",
    },
    "scenario.verwachting.onbekend": {
        "nl": "onbekende verwachting '{sleutel}'; kies uit: {keuzes}",
        "en": "unknown expectation '{sleutel}'; choose from: {keuzes}",
    },
    "scenario.advies.ongeldig": {
        "nl": "ongeldig advies {advies}; kies uit: {keuzes}",
        "en": "invalid advice {advies}; choose from: {keuzes}",
    },
    "scenario.voorstel.ongeldig": {
        "nl": "ongeldig voorstel: {fouten}",
        "en": "invalid proposal: {fouten}",
    },
    "scenario.advies.anders": {
        "nl": "verwacht {verwacht}, kreeg {kreeg}",
        "en": "expected {verwacht}, got {kreeg}",
    },
    "scenario.verschil.ontbreekt": {"nl": "ontbreekt: {ids}", "en": "missing: {ids}"},
    "scenario.verschil.onverwacht": {"nl": "onverwacht: {ids}", "en": "unexpected: {ids}"},
    "scenario.verschil.beide": {
        "nl": "ontbreekt: {ontbreekt}; onverwacht: {onverwacht}",
        "en": "missing: {ontbreekt}; unexpected: {onverwacht}",
    },
    # the templates of a rule pack (pack/rules.sjabloon_check)
    "sjabloon.ongeldig": {
        "nl": "{fout}; toegestaan: {toegestaan} (dubbele {{{{ }}}} voor een accolade)",
        "en": "{fout}; allowed: {toegestaan} (double {{{{ }}}} for a brace)",
    },
    "sjabloon.losse_accolade": {"nl": "losse accolade", "en": "lone brace"},
    "sjabloon.plaatshouder": {
        "nl": "ongeldige plaatshouder {plaatshouder}",
        "en": "invalid placeholder {plaatshouder}",
    },
    # combineer and vergelijk (cli/partijen.py)
    "partijen.combineer_niets": {
        "nl": "geen geldig voorstel om te combineren",
        "en": "no valid proposal to combine",
    },
    "partijen.vergelijk_een": {
        "nl": "verwacht één voorstel of één rapport, vond er {n}",
        "en": "expected one proposal or one report, found {n}",
    },
    "vergelijk.veld_ontbreekt": {
        "nl": "opgeslagen rapport is onvolledig: veld '{veld}' ontbreekt of een verwijzing is onbekend",
        "en": "saved report is incomplete: field '{veld}' is missing or a reference is unknown",
    },
    "vergelijk.geen_antwoord": {
        "nl": "{waarde} is geen antwoord (ja, deels, nee of onbekend); is het rapport met de hand "
        "gewijzigd?",
        "en": "{waarde} is no answer (ja, deels, nee or onbekend); was the report edited by hand?",
    },
    "vergelijk.rapport_beschadigd": {
        "nl": "opgeslagen rapport is beschadigd: een veld heeft niet de vorm van een rapport",
        "en": "saved report is damaged: a field does not have the shape of a report",
    },
    "partijen.geen_rapport": {
        "nl": "lijkt een rapport, maar 'ontbrekende_randvoorwaarden' is geen lijst",
        "en": "looks like a report, but 'ontbrekende_randvoorwaarden' is not a list",
    },
}
