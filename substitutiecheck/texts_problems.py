"""The problems a person can meet, by stable code, in Dutch and English: what is wrong with a
proposal, a file, a rule pack or its scenarios. Rendered by
:meth:`substitutiecheck.errors.Melding.tekst` (made with :func:`substitutiecheck.errors.probleem`);
tests/test_problemen.py checks that both languages have the same parameters.

A parameter that is itself a text (a reason, a suggestion) is a Melding rendered in the same
language; literal braces are doubled ('{{...}}')."""

from __future__ import annotations

TEKSTEN_PROBLEMEN: dict[str, dict[str, str]] = {
    # a suggestion after a problem (substitutiecheck.suggest)
    "hint.bedoeld": {"nl": "; bedoelde u '{optie}'?", "en": "; did you mean '{optie}'?"},
    "hint.geen": {"nl": "", "en": ""},
    "hint.zie_regels": {
        "nl": "; zie 'substitutiecheck regels' voor de lijst",
        "en": "; see 'substitutiecheck regels' for the list",
    },
    "hint.zie_fhir": {
        "nl": "; zie 'substitutiecheck export fhir' voor de vragen",
        "en": "; see 'substitutiecheck export fhir' for the questions",
    },
    "hint.kies_uit": {"nl": "; kies uit: {keuzes}", "en": "; choose from: {keuzes}"},
    # the operating system's refusals (errors.os_melding)
    "os.ENOENT": {
        "nl": "de map of het bestand bestaat niet",
        "en": "the folder or file does not exist",
    },
    "os.EACCES": {"nl": "geen toegang", "en": "permission denied"},
    "os.EPERM": {"nl": "geen toegang", "en": "permission denied"},
    "os.EISDIR": {"nl": "dit is een map", "en": "this is a folder"},
    "os.ENOTDIR": {
        "nl": "een deel van het pad is geen map",
        "en": "part of the path is not a folder",
    },
    "os.ENOSPC": {"nl": "de schijf is vol", "en": "the disk is full"},
    "os.EROFS": {"nl": "alleen-lezen bestandssysteem", "en": "read-only file system"},
    "os.EDQUOT": {"nl": "de schijfruimte (quotum) is op", "en": "the disk quota is exceeded"},
    "os.EFBIG": {"nl": "het bestand wordt te groot", "en": "the file grows too large"},
    "os.EBUSY": {"nl": "het bestand of apparaat is in gebruik", "en": "the file or device is busy"},
    "os.ETXTBSY": {"nl": "het bestand is in gebruik", "en": "the file is busy"},
    "os.EIO": {
        "nl": "invoer-/uitvoerfout van het apparaat",
        "en": "input/output error of the device",
    },
    "os.ENXIO": {
        "nl": "het apparaat is er niet (of een FIFO zonder lezer)",
        "en": "no such device (or a FIFO without a reader)",
    },
    "os.ENODEV": {"nl": "het apparaat is er niet", "en": "no such device"},
    "os.EINVAL": {"nl": "hier kan niet naar geschreven worden", "en": "this cannot be written to"},
    "os.EXDEV": {
        "nl": "kan niet tussen bestandssystemen hernoemen",
        "en": "cannot rename across file systems",
    },
    "os.ENAMETOOLONG": {"nl": "de naam is te lang", "en": "the name is too long"},
    "os.ELOOP": {
        "nl": "te veel symbolische koppelingen (een lus?)",
        "en": "too many symbolic links (a loop?)",
    },
    "os.anders": {"nl": "{tekst}", "en": "{tekst}"},  # the system's own words
    "os.map_weigert": {  # /proc, /sys: a folder that refuses new files
        "nl": "in deze map kan geen bestand worden aangemaakt",
        "en": "no file can be created in this folder",
    },
    # writing output (fileio.uitvoer_fout)
    "uitvoer.schrijven": {"nl": "schrijven mislukt: {reden}", "en": "writing failed: {reden}"},
    "uitvoer.stdout": {
        "nl": "schrijven naar standaarduitvoer mislukt: {reden}",
        "en": "writing to standard output failed: {reden}",
    },
    "uitvoer.bezig": {
        "nl": "schrijven naar het uitvoerbestand mislukt: {reden}",
        "en": "writing the output file failed: {reden}",
    },
    "uitvoer.openen": {
        "nl": "kan het uitvoerbestand niet schrijven: {reden}",
        "en": "cannot write the output file: {reden}",
    },
    # the kind of a JSON value, as a proposal's problems name it (model.validate)
    "soort.str": {"nl": "tekst", "en": "text"},
    "soort.int": {"nl": "getal", "en": "number"},
    "soort.float": {"nl": "getal", "en": "number"},
    "soort.bool": {"nl": "true/false", "en": "true/false"},
    "soort.list": {"nl": "lijst", "en": "list"},
    "soort.dict": {"nl": "object", "en": "object"},
    "soort.NoneType": {"nl": "null", "en": "null"},
    "soort.anders": {"nl": "{naam}", "en": "{naam}"},  # a Python type name
    # a proposal (model.validate.lees_voorstel)
    "voorstel.het_voorstel": {"nl": "het voorstel", "en": "the proposal"},
    "voorstel.geen_object": {
        "nl": "verwacht een object {{...}} voor {waar}, kreeg {soort}",
        "en": "expected an object {{...}} for {waar}, got {soort}",
    },
    "voorstel.verplicht": {"nl": "verplicht veld ontbreekt", "en": "required field is missing"},
    "voorstel.veld.elders": {
        "nl": "onbekend veld '{veld}' hier; het hoort onder `{waar}`",
        "en": "unknown field '{veld}' here; it belongs under `{waar}`",
    },
    "voorstel.veld.hoogste_niveau": {
        "nl": "onbekend veld '{veld}' hier; het hoort op het hoogste niveau van het voorstel",
        "en": "unknown field '{veld}' here; it belongs at the top level of the proposal",
    },
    "voorstel.veld.bedoeld": {
        "nl": "onbekend veld '{veld}'{bedoeld}",
        "en": "unknown field '{veld}'{bedoeld}",
    },
    "voorstel.veld.onbekend": {
        "nl": "onbekend veld '{veld}'; toegestaan: {toegestaan}",
        "en": "unknown field '{veld}'; allowed: {toegestaan}",
    },
    "voorstel.tekst.te_lang": {
        "nl": "tekst is te lang: {lengte} tekens, hoogstens {max}",
        "en": "text is too long: {lengte} characters, at most {max}",
    },
    "voorstel.tekst.verwacht": {
        "nl": "verwacht tekst, kreeg {soort}",
        "en": "expected text, got {soort}",
    },
    "voorstel.waarde.bedoeld": {
        "nl": "ongeldige waarde {waarde}{bedoeld} (kies uit: {keuzes})",
        "en": "invalid value {waarde}{bedoeld} (choose from: {keuzes})",
    },
    "voorstel.waarde.ongeldig": {
        "nl": "ongeldige waarde {waarde}; kies uit: {keuzes}",
        "en": "invalid value {waarde}; choose from: {keuzes}",
    },
    # JSON text (jsonparse)
    "json.ongeldig": {
        "nl": "ongeldige JSON op regel {regel}, kolom {kolom}: {reden}",
        "en": "invalid JSON at line {regel}, column {kolom}: {reden}",
    },
    "json.ongeldig_kolom": {
        "nl": "ongeldige JSON in kolom {kolom}: {reden}",
        "en": "invalid JSON in column {kolom}: {reden}",
    },
    "json.dubbel_veld": {
        "nl": "veld '{veld}' staat twee keer in hetzelfde object",
        "en": "field '{veld}' occurs twice in the same object",
    },
    "json.te_diep": {
        "nl": "JSON is te diep genest (meer dan {max} niveaus)",
        "en": "JSON is nested too deeply (more than {max} levels)",
    },
    "json.losse_surrogaat": {
        "nl": "ongeldig teken in tekst: losse surrogaat {teken}",
        "en": "invalid character in text: lone surrogate {teken}",
    },
    "json.reden.onaf": {
        "nl": "de JSON houdt hier op voordat hij af is (ontbreekt er een `}}` of `]`?)",
        "en": "the JSON ends here before it is complete (a missing `}}` or `]`?)",
    },
    "json.reden.komma_regel": {
        "nl": "komma ontbreekt aan het eind van deze regel",
        "en": "comma missing at the end of this line",
    },
    "json.reden.komma_waarde": {
        "nl": "komma ontbreekt na deze waarde",
        "en": "comma missing after this value",
    },
    "json.reden.komma_te_veel": {
        "nl": "komma te veel vóór `{teken}`",
        "en": "one comma too many before `{teken}`",
    },
    "json.reden.waarde": {"nl": "waarde verwacht", "en": "value expected"},
    "json.reden.komma": {"nl": "komma verwacht", "en": "comma expected"},
    "json.reden.dubbele_punt": {"nl": "dubbele punt verwacht", "en": "colon expected"},
    "json.reden.veldnaam": {
        "nl": "veldnaam tussen dubbele aanhalingstekens verwacht",
        "en": "field name in double quotes expected",
    },
    "json.reden.komma_object": {
        "nl": "overbodige komma voor het einde van het object",
        "en": "superfluous comma before the end of the object",
    },
    "json.reden.komma_lijst": {
        "nl": "overbodige komma voor het einde van de lijst",
        "en": "superfluous comma before the end of the list",
    },
    "json.reden.extra": {
        "nl": "extra tekst na het einde van de JSON",
        "en": "extra text after the end of the JSON",
    },
    "json.reden.tekst_open": {
        "nl": "tekst zonder afsluitend aanhalingsteken",
        "en": "unterminated string",
    },
    "json.reden.stuurteken": {
        "nl": "ongeldig stuurteken in tekst",
        "en": "invalid control character in string",
    },
    "json.reden.escape": {
        "nl": "ongeldige escape (\\) in tekst",
        "en": "invalid escape (\\) in string",
    },
    "json.reden.anders": {"nl": "{tekst}", "en": "{tekst}"},  # the parser's own words
    # the bytes of a file (jsonparse)
    "bestand.binair": {
        "nl": "geen tekstbestand (binaire inhoud)",
        "en": "not a text file (binary content)",
    },
    "bestand.leeg": {"nl": "bestand is leeg", "en": "file is empty"},
    "bestand.waar_regel": {"nl": "regel {regel}, byte {byte}", "en": "line {regel}, byte {byte}"},
    "bestand.waar_byte": {"nl": "byte {byte}", "en": "byte {byte}"},
    "bestand.latin1": {
        "nl": "geen UTF-8-tekst ({waar}); het lijkt Latin-1 of Windows-1252: sla het bestand op als "
        "UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)",
        "en": "not UTF-8 text ({waar}); it looks like Latin-1 or Windows-1252: save the file as UTF-8 "
        "(in Notepad: Save as, Encoding UTF-8)",
    },
    "bestand.geen_utf8": {
        "nl": "geen geldige UTF-8-tekst ({waar}); sla het bestand op als UTF-8",
        "en": "not valid UTF-8 text ({waar}); save the file as UTF-8",
    },
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
    # the questionnaire (questionnaire/*)
    "vragenlijst.geen_veld": {
        "nl": "'{id}' is geen veld van het voorstel{bedoeld}",
        "en": "'{id}' is not a field of the proposal{bedoeld}",
    },
    "vragenlijst.rol.onbekend": {
        "nl": "onbekende rol '{rol}'{bedoeld} (kies uit: {keuzes})",
        "en": "unknown role '{rol}'{bedoeld} (choose from: {keuzes})",
    },
    # a FHIR QuestionnaireResponse (fhir/response.py)
    "fhir.vraag.onbekend": {
        "nl": "onbekende vraag '{vraag}'{hint}",
        "en": "unknown question '{vraag}'{hint}",
    },
    "fhir.code.onbekend": {
        "nl": "vraag '{vraag}': onbekende code '{code}'{hint}",
        "en": "question '{vraag}': unknown code '{code}'{hint}",
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
    "pakket.null": {
        "nl": "verwacht een object {{...}}, kreeg null",
        "en": "expected an object {{...}}, got null",
    },
    "pakket.geen_object": {"nl": "verwacht een object {{...}}", "en": "expected an object {{...}}"},
    "bestand.onleesbaar": {
        "nl": "kan bestand niet lezen: {reden}",
        "en": "cannot read file: {reden}",
    },
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
        "nl": "een scenario heeft 'naam' en 'verwacht' nodig",
        "en": "a scenario needs 'naam' and 'verwacht'",
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
    # a FHIR QuestionnaireResponse, further (fhir/response.py, fhir/respondent.py)
    "fhir.lijst": {"nl": "verwacht een lijst [...]", "en": "expected a list [...]"},
    "fhir.object": {"nl": "verwacht een object {{...}}", "en": "expected an object {{...}}"},
    "fhir.linkid_ontbreekt": {"nl": "linkId ontbreekt", "en": "linkId is missing"},
    "fhir.geen_vraag": {
        "nl": "'{vraag}' is geen vraag en heeft geen antwoord",
        "en": "'{vraag}' is not a question and takes no answer",
    },
    "fhir.vraag.dubbel": {
        "nl": "vraag '{vraag}' staat twee keer in de antwoorden (ook bij {elders})",
        "en": "question '{vraag}' occurs twice in the answers (also at {elders})",
    },
    "fhir.vraag.lijst": {
        "nl": "vraag '{vraag}': verwacht een lijst [...]",
        "en": "question '{vraag}': expected a list [...]",
    },
    "fhir.vraag.te_veel": {
        "nl": "vraag '{vraag}': {aantal} antwoorden; deze vraag heeft er één",
        "en": "question '{vraag}': {aantal} answers; this question takes one",
    },
    "fhir.vraag.een_antwoord": {
        "nl": "vraag '{vraag}': verwacht één antwoord",
        "en": "question '{vraag}': expected one answer",
    },
    "fhir.vraag.object": {
        "nl": "vraag '{vraag}': verwacht een object {{...}}",
        "en": "question '{vraag}': expected an object {{...}}",
    },
    "fhir.vraag.soort": {
        "nl": "vraag '{vraag}': verwacht {soort} ({veld}), kreeg {kreeg}",
        "en": "question '{vraag}': expected {soort} ({veld}), got {kreeg}",
    },
    "fhir.soort.keuze": {"nl": "een keuze", "en": "a choice"},
    "fhir.soort.tekst": {"nl": "tekst", "en": "text"},
    "fhir.geen_value": {"nl": "geen value[x]", "en": "no value[x]"},
    "fhir.vraag.tekst": {
        "nl": "vraag '{vraag}': verwacht tekst",
        "en": "question '{vraag}': expected text",
    },
    "fhir.vraag.code_ontbreekt": {
        "nl": "vraag '{vraag}': code ontbreekt",
        "en": "question '{vraag}': code is missing",
    },
    "fhir.vraag.codesysteem": {
        "nl": "vraag '{vraag}': onbekend codesysteem '{systeem}'; verwacht '{verwacht}'",
        "en": "question '{vraag}': unknown code system '{systeem}'; expected '{verwacht}'",
    },
    "fhir.vraag.niet_van_toepassing": {
        "nl": "vraag '{vraag}' is beantwoord maar niet van toepassing (alleen als {als})",
        "en": "question '{vraag}' is answered but does not apply (only when {als})",
    },
    "fhir.vraag.verplicht": {
        "nl": "verplichte vraag '{vraag}' is niet beantwoord",
        "en": "required question '{vraag}' is not answered",
    },
    "fhir.resourcetype": {
        "nl": "resourceType '{soort}' wordt niet ondersteund; verwacht een voorstel of een {verwacht}",
        "en": "resourceType '{soort}' is not supported; expected a proposal or a {verwacht}",
    },
    "fhir.questionnaire.ontbreekt": {
        "nl": "ontbreekt; verwacht de vragenlijst '{url}'",
        "en": "is missing; expected the questionnaire '{url}'",
    },
    "fhir.questionnaire.ander_pakket": {
        "nl": "'{url}' is de vragenlijst van een ander regelpakket; het actieve pakket is "
        "'{pakket}' ({eigen}); kies het juiste pakket met --regels",
        "en": "'{url}' is the questionnaire of another rule pack; the active pack is "
        "'{pakket}' ({eigen}); choose the right pack with --regels",
    },
    "fhir.questionnaire.vreemd": {
        "nl": "'{url}' is geen vragenlijst van substitutiecheck; verwacht '{eigen}'",
        "en": "'{url}' is not a substitutiecheck questionnaire; expected '{eigen}'",
    },
    "fhir.ingetrokken": {
        "nl": "de antwoorden zijn ingetrokken ('entered-in-error')",
        "en": "the response was withdrawn ('entered-in-error')",
    },
    "fhir.rol.onbekend": {
        "nl": "vraag '{vraag}': onbekende rol {rol}; kies uit: {keuzes}",
        "en": "question '{vraag}': unknown role {rol}; choose from: {keuzes}",
    },
    "fhir.rol.tekst": {
        "nl": "vraag '{vraag}': verwacht tekst (valueString, hoogstens {max} tekens)",
        "en": "question '{vraag}': expected text (valueString, at most {max} characters)",
    },
    # the questionnaire file and the proposal it writes (questionnaire/*)
    "voorstel.geen_object_kort": {
        "nl": "verwacht een object {{...}} voor het voorstel",
        "en": "expected an object {{...}} for the proposal",
    },
    "vragenlijst.bestand_ontbreekt": {
        "nl": "vragenlijstbestand bestaat niet",
        "en": "questionnaire file does not exist",
    },
    "vragenlijst.onleesbaar": {
        "nl": "kan vragenlijstbestand niet lezen: {reden}",
        "en": "cannot read questionnaire file: {reden}",
    },
    "vragenlijst.kopie": {
        "nl": "kan geen kopie maken in {map}: {reden}",
        "en": "cannot make a copy in {map}: {reden}",
    },
    "vragenlijst.geen_utf8": {"nl": "geen geldige UTF-8-tekst", "en": "not valid UTF-8 text"},
    "vragenlijst.vraag.dubbel": {
        "nl": "vraag '{vraag}' staat er al (bij {elders})",
        "en": "question '{vraag}' already exists (at {elders})",
    },
    "vragenlijst.voorstel_zelf.ontbreekt": {
        "nl": "het regelpakket heeft geen '{sleutel}' (toelichting.json 'voorstel_zelf')",
        "en": "the rule pack has no '{sleutel}' (toelichting.json 'voorstel_zelf')",
    },
    "vragenlijst.conditie.geen_eerdere_vraag": {
        "nl": "'{veld}' is geen eerdere vraag in de vragenlijst",
        "en": "'{veld}' is not an earlier question of the questionnaire",
    },
    "vragenlijst.conditie.waarde_nooit": {
        "nl": "waarde '{waarde}' kan '{veld}' nooit hebben; kies uit: {keuzes}",
        "en": "value '{waarde}' is never a value of '{veld}'; choose from: {keuzes}",
    },
    "vragenlijst.sjabloon_triple_aim": {
        "nl": "sjabloon 'triple_aim_vraag' ontbreekt (nodig voor 'uit_pakket': 'triple_aim')",
        "en": "template 'triple_aim_vraag' is missing (needed for 'uit_pakket': 'triple_aim')",
    },
    "vragenlijst.type.keuze": {
        "nl": "veld '{id}' heeft vaste waarden; gebruik type 'keuze'",
        "en": "field '{id}' has fixed values; use type 'keuze'",
    },
    "vragenlijst.type.tekst": {
        "nl": "veld '{id}' is vrije tekst; gebruik type 'tekst'",
        "en": "field '{id}' is free text; use type 'tekst'",
    },
    "vragenlijst.keuzes_nodig": {
        "nl": "een keuzevraag heeft 'keuzes' of 'keuzes_uit_pakket' nodig",
        "en": "a choice question needs 'keuzes' or 'keuzes_uit_pakket'",
    },
    "vragenlijst.keuze.geen_waarde": {
        "nl": "'{waarde}' is geen waarde van '{id}'; kies uit: {keuzes}",
        "en": "'{waarde}' is not a value of '{id}'; choose from: {keuzes}",
    },
    "vragenlijst.standaard": {
        "nl": "standaardwaarde '{waarde}' is geen van de keuzes",
        "en": "default '{waarde}' is not one of the choices",
    },
    "vragenlijst.veld_zonder_vraag": {
        "nl": "het regelpakket kent veld '{veld}', maar geen vraag vult het",
        "en": "the rule pack has field '{veld}', but no question fills it",
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
    # the inputs of 'check' (inputs.py)
    "invoer.binaire_regel": {
        "nl": "binaire inhoud op deze regel",
        "en": "binary content on this line",
    },
    "invoer.te_groot": {
        "nl": "{wat} is groter dan de grens van {mb} MB (verhoog die met --max-grootte)",
        "en": "{wat} is larger than the limit of {mb} MB (raise it with --max-grootte)",
    },
    "invoer.wat.regel": {"nl": "regel", "en": "line"},
    "invoer.wat.invoer": {"nl": "invoer", "en": "input"},
    "invoer.stdin_leeg": {
        "nl": "geen invoer op standaardinvoer",
        "en": "no input on standard input",
    },
    "invoer.map_leeg": {
        "nl": "map bevat geen voorstellen (*.json, *.jsonl)",
        "en": "folder contains no proposals (*.json, *.jsonl)",
    },
    "invoer.bestaat_niet": {
        "nl": "bestand of map bestaat niet",
        "en": "file or folder does not exist",
    },
    "invoer.naam_geen_utf8": {
        "nl": "de bestandsnaam is geen geldige UTF-8; hernoem het bestand",
        "en": "the file name is not valid UTF-8; rename the file",
    },
    # the HTML form (formulier)
    "formulier.van_een": {
        "nl": "--van neemt één voorstel; dit bestand heeft er {aantal}",
        "en": "--van takes one proposal; this file has {aantal}",
    },
    # starting the questionnaire (questionnaire/ui.py)
    "vragenlijst.map": {
        "nl": "kan hier niet opslaan: de map bestaat niet of is niet schrijfbaar",
        "en": "cannot save here: the folder does not exist or is not writable",
    },
    "vragenlijst.rapport_formaat": {
        "nl": "onbekend rapportformaat; gebruik een van deze extensies: {soorten}",
        "en": "unknown report format; use one of these extensions: {soorten}",
    },
    "vragenlijst.geen_terminal": {
        "nl": "de vragenlijst heeft een terminal nodig (standaardinvoer is geen terminal); "
        "gebruik voor een voorstel in een bestand: substitutiecheck check voorstel.json",
        "en": "the questionnaire needs a terminal (standard input is not a terminal); for a "
        "proposal in a file use: substitutiecheck check voorstel.json",
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
    "partijen.geen_rapport": {
        "nl": "lijkt een rapport, maar 'ontbrekende_randvoorwaarden' is geen lijst",
        "en": "looks like a report, but 'ontbrekende_randvoorwaarden' is not a list",
    },
}
"""Every problem's text, by code."""
