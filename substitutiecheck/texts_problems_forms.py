"""The problems of the questionnaire and of a FHIR QuestionnaireResponse, by stable code, in Dutch
and English. Part of :data:`substitutiecheck.texts_problems.TEKSTEN_PROBLEMEN` (see there)."""

from __future__ import annotations

TEKSTEN_PROBLEMEN_VRAGENLIJST: dict[str, dict[str, str]] = {
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
    # starting the questionnaire (questionnaire/ui.py)
    "vragenlijst.uitvoer_geen_bestand": {
        "nl": "de antwoorden gaan naar een gewoon bestand (na elke vraag opnieuw geschreven), "
        "geen map, apparaat of pipe; geef een bestandsnaam, bijvoorbeeld voorstel.json",
        "en": "the answers go to a regular file (rewritten after every question), not a folder, "
        "device or pipe; give a file name, for example proposal.json",
    },
    "vragenlijst.in_gebruik": {
        "nl": "dit voorstel is al open in een andere vragenlijst (een ander venster?); rond die "
        "eerst af of stop die, of kies een ander bestand",
        "en": "this proposal is already open in another questionnaire (another window?); finish "
        "or stop that one first, or choose another file",
    },
    "vragenlijst.van_geen_bestand": {
        "nl": "--van leest een voorstel uit een gewoon bestand, geen map, apparaat of pipe",
        "en": "--van reads a proposal from a regular file, not a folder, device or pipe",
    },
    "vragenlijst.map": {
        "nl": "kan hier niet opslaan: de map bestaat niet of is niet schrijfbaar",
        "en": "cannot save here: the folder does not exist or is not writable",
    },
    "vragenlijst.rapport_geen_bestand": {
        "nl": "--rapport schrijft het rapport naar een gewoon bestand, geen map, apparaat of pipe; "
        "geef een bestandsnaam, bijvoorbeeld advies.html",
        "en": "--rapport writes the report to a regular file, not a folder, device or pipe; give "
        "a file name, for example advice.html",
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
}
