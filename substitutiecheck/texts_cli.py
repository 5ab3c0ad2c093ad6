"""The program's own texts outside a report, in Dutch and English: the CSV header, the commands
that show a pack's ids and rules, and the messages of the command line. Part of
:data:`substitutiecheck.i18n.TEKSTEN` (look texts up there, with
:func:`~substitutiecheck.i18n.tekst`)."""

from __future__ import annotations

TEKSTEN_CLI: dict[str, dict[str, str]] = {
    # CSV header
    "csv.bestand": {"nl": "bestand", "en": "file"},
    "csv.regel": {"nl": "regel", "en": "line"},
    "csv.triple_aim": {"nl": "triple_aim_verwacht", "en": "triple_aim_expected"},
    "csv.pilot": {"nl": "pilot_gepland", "en": "pilot_planned"},
    "csv.evaluatie": {"nl": "evaluatie_gepland", "en": "evaluation_planned"},
    "csv.eerste_lijn": {"nl": "eerste_lijn", "en": "primary_care"},
    "csv.sociaal_domein": {"nl": "sociaal_domein", "en": "social_domain"},
    "csv.kernvoorwaarde": {"nl": "kernvoorwaarde", "en": "core_condition"},
    "csv.titel": {"nl": "titel", "en": "title"},
    "csv.regio": {"nl": "regio", "en": "region"},
    "csv.categorie": {"nl": "categorie", "en": "category"},
    "csv.advies": {"nl": "advies", "en": "advice"},
    "csv.reden": {"nl": "reden", "en": "reason"},
    "csv.aantal_blokkerend": {"nl": "aantal_blokkerend", "en": "blocking_count"},
    "csv.aantal_eerst_regelen": {"nl": "aantal_eerst_regelen", "en": "settle_first_count"},
    "csv.aantal_overig": {"nl": "aantal_overig", "en": "other_count"},
    "csv.eerst_regelen": {"nl": "eerst_regelen", "en": "settle_first"},
    "csv.blokkerend": {"nl": "blokkerend", "en": "blocking"},
    "csv.overig": {"nl": "overig", "en": "other"},
    "csv.fout": {"nl": "fout", "en": "error"},
    "csv.voorlopig": {"nl": "voorlopig", "en": "provisional"},
    "samenvatting.regel": {
        "nl": "{totaal} voorstellen: {go} go, {voorwaardelijk} go onder voorwaarden, {nogo} "
        "no-go, {fouten} ongeldig. Voorlopig (uitsluitingen of blokkerende voorwaarden nog "
        "onbekend): {voorlopig}.",
        "en": "{totaal} proposals: {go} go, {voorwaardelijk} go with conditions, {nogo} no-go, "
        "{fouten} invalid. Provisional (exclusions or blocking conditions still unknown): "
        "{voorlopig}.",
    },
    "samenvatting.regel_1": {
        "nl": "1 voorstel: {go} go, {voorwaardelijk} go onder voorwaarden, {nogo} no-go, {fouten} "
        "ongeldig. Voorlopig (uitsluitingen of blokkerende voorwaarden nog onbekend): "
        "{voorlopig}.",
        "en": "1 proposal: {go} go, {voorwaardelijk} go with conditions, {nogo} no-go, {fouten} "
        "invalid. Provisional (exclusions or blocking conditions still unknown): {voorlopig}.",
    },
    # substitutiecheck regels ids (packinfo.id_lijst, docs/ids.md)
    "ids.titel": {"nl": "Ids van een voorstel", "en": "Ids of a proposal"},
    "ids.kop": {
        "nl": "Elk id dat een voorstel gebruikt, uit regelpakket {naam} {versie}.",
        "en": "Every id a proposal uses, from rule pack {naam} {versie}.",
    },
    "ids.gegenereerd": {
        "nl": "Gemaakt met `substitutiecheck regels ids --format markdown`; niet met de hand bewerken.",
        "en": "Made with `substitutiecheck regels ids --format markdown --lang en`; do not edit by hand.",
    },
    "ids.schema": {
        "nl": "Dezelfde namen en uitleg staan als title en description in 'substitutiecheck schema'.",
        "en": "The same names and meanings are the title and description in 'substitutiecheck schema'.",
    },
    "ids.antwoorden": {"nl": "Antwoord per id: {keuzes}.", "en": "Answer per id: {keuzes}."},
    "ids.patientgroep": {
        "nl": "Uitsluitingen (een 'ja' is no-go)",
        "en": "Exclusions (a 'ja' means no-go)",
    },
    "ids.naam": {"nl": "naam", "en": "name"},
    "ids.betekenis": {"nl": "betekenis", "en": "meaning"},
    # make voorbeelden (examples/overzicht.py)
    "voorbeelden.kop": {
        "nl": "Voorbeeldvoorstellen in {map}/ (landelijk pakket; regio {regios}):",
        "en": "Example proposals in {map}/ (national pack; region {regios}):",
    },
    "voorbeelden.rapporten": {
        "nl": "De volledige rapporten: {pad}",
        "en": "The full reports: {pad}",
    },
    "antwoord.ja": {"nl": "ja", "en": "yes"},
    "antwoord.deels": {"nl": "deels", "en": "partly"},
    "antwoord.nee": {"nl": "nee", "en": "no"},
    "antwoord.onbekend": {"nl": "onbekend", "en": "unknown"},
    "antwoord.": {"nl": "niet ingevuld", "en": "not filled in"},
    # substitutiecheck regels
    "ernst.blokkerend": {"nl": "blokkerend", "en": "blocking"},
    "ernst.voorwaarde": {"nl": "voorwaarde", "en": "condition"},
    "ernst.notitie": {"nl": "notitie", "en": "note"},
    "regels.blokkerend_als": {
        "nl": "(blokkerend als {conditie})",
        "en": "(blocking when {conditie})",
    },
    "regels.breidt_uit": {"nl": "breidt uit:", "en": "extends:"},
    "regels.aantal": {"nl": "{n} regels.", "en": "{n} rules."},
    "regels.bronnen_kop": {
        "nl": "Bronnen van regelpakket {pakket} ({n}); een JSON-rapport noemt ze bij hun id.",
        "en": "Sources of rule pack {pakket} ({n}); a JSON report names them by their id.",
    },
    "regels.bron_soort": {"nl": "soort: {soort}", "en": "kind: {soort}"},
    "regels.bron_periode": {"nl": "periode: {periode}", "en": "period: {periode}"},
    "regels.naam": {"nl": "Onderwerp", "en": "Subject"},
    "regels.vuurt_als": {"nl": "Vuurt als", "en": "Fires when"},
    "regels.ernst": {"nl": "Ernst", "en": "Severity"},
    "regels.bevinding": {"nl": "Bevinding", "en": "Finding"},
    "regels.vraag": {"nl": "Vraag", "en": "Question"},
    "regels.waarom": {"nl": "Waarom", "en": "Why"},
    "regels.productkeuze_lijst": {
        "nl": "bevat een productkeuze",
        "en": "includes a product choice",
    },
    "regels.productkeuze_kort": {
        "nl": "productkeuze: geen bron",
        "en": "product choice: not a source",
    },
    "regels.productkeuze": {
        "nl": "Let op: deze regel berust (deels) op een eigen keuze van substitutiecheck "
        "(productkeuze), niet op een bron.",
        "en": "Note: this rule rests (partly) on substitutiecheck's own choice (productkeuze), not on a source.",
    },
    "regels.geldig": {
        "nl": "Regelpakket {naam} {versie} ({hash}) is geldig: {regels} regels, {rv} randvoorwaarden, {sc} scenario's.",
        "en": "Rule pack {naam} {versie} ({hash}) is valid: {regels} rules, {rv} preconditions, {sc} scenarios.",
    },
    "regels.geen_scenarios": {
        "nl": "geen scenario's: zet ze in scenarios.json in de pakketmap",
        "en": "no scenarios: put them in scenarios.json in the pack folder",
    },
    "regels.test_samenvatting": {
        "nl": "{ok} geslaagd, {fout} mislukt",
        "en": "{ok} passed, {fout} failed",
    },
    # CLI
    "cli.fout": {"nl": "fout", "en": "error"},
    "cli.waarschuwing": {"nl": "waarschuwing", "en": "warning"},
    "cli.dubbel_bestand": {
        "nl": "{pad} is hetzelfde bestand als {eerder}: één keer gecontroleerd en geteld",
        "en": "{pad} is the same file as {eerder}: checked and counted once",
    },
    "cli.dubbel_zelfde": {
        "nl": "{pad} staat meer dan eens in de invoer: één keer gecontroleerd en geteld",
        "en": "{pad} is given more than once: checked and counted once",
    },
    "cli.onbekende_optie": {"nl": "onbekende optie '{optie}'", "en": "unknown option '{optie}'"},
    "cli.ontbreekt": {"nl": "'{naam}' ontbreekt", "en": "'{naam}' is missing"},
    "cli.keuze": {
        "nl": "ongeldige waarde voor '{naam}'; kies uit: {keuzes}",
        "en": "invalid value for '{naam}'; choose from: {keuzes}",
    },
    "cli.keuze_omgeving": {
        "nl": "ongeldige waarde in de omgevingsvariabele {naam}; kies uit: {keuzes}",
        "en": "invalid value in the environment variable {naam}; choose from: {keuzes}",
    },
    "cli.ongeldig": {
        "nl": "ongeldige waarde voor '{naam}': {bericht}",
        "en": "invalid value for '{naam}': {bericht}",
    },
    "cli.geheel_getal": {
        "nl": "'{naam}' verwacht een geheel getal",
        "en": "'{naam}' expects a whole number",
    },
    "cli.getal_tussen": {
        "nl": "'{naam}' verwacht een geheel getal van {min} tot en met {max}",
        "en": "'{naam}' expects a whole number from {min} to {max}",
    },
    "cli.onbekend_commando": {
        "nl": "onbekend commando '{commando}'; kies uit: {keuzes}",
        "en": "unknown command '{commando}'; choose from: {keuzes}",
    },
    "cli.gebruik": {"nl": "verkeerd gebruik: {bericht}", "en": "wrong usage: {bericht}"},
    "cli.extra_argument": {
        "nl": "te veel argumenten: {args} (zet een naam met spaties tussen aanhalingstekens)",
        "en": "too many arguments: {args} (put a name with spaces in quotes)",
    },
    "cli.optie_vraagt_waarde": {
        "nl": "optie {optie} vraagt een waarde",
        "en": "option {optie} needs a value",
    },
    "cli.optie_geen_waarde": {
        "nl": "optie {optie} neemt geen waarde",
        "en": "option {optie} takes no value",
    },
    "cli.hulp": {"nl": "Zie '{commando} --help'.", "en": "See '{commando} --help'."},
    "pakket.eerst_schema": {
        "nl": "Herstel eerst deze fouten: de controles van ids, bronnen, condities en scenario's lopen "
        "pas als elk bestand aan het schema voldoet.",
        "en": "Fix these errors first: the checks of ids, sources, conditions and scenarios run once "
        "every file fits the schema.",
    },
    "cli.afgebroken": {"nl": "Afgebroken.", "en": "Interrupted."},
    "cli.uitvoer_leeg": {
        "nl": "een lege bestandsnaam; gebruik - voor standaarduitvoer",
        "en": "an empty file name; use - for standard output",
    },
    "cli.uitvoer_geen_streepje": {
        "nl": "hier is een bestandsnaam nodig, geen -",
        "en": "a file name is needed here, not -",
    },
    "cli.pad_bestaat_niet": {
        "nl": "'{pad}' bestaat niet",
        "en": "'{pad}' does not exist",
    },
    "cli.pad_is_map": {
        "nl": "'{pad}' is een map; geef een bestand",
        "en": "'{pad}' is a folder; give a file",
    },
    "cli.pad_onleesbaar": {
        "nl": "'{pad}' kan niet gelezen worden: geen toegang",
        "en": "'{pad}' cannot be read: permission denied",
    },
    "cli.pad_geen_map": {
        "nl": "'{pad}' is geen map; geef de map van het regelpakket",
        "en": "'{pad}' is not a folder; give the rule pack's folder",
    },
    "cli.pad_pakketbestand": {
        "nl": "'{pad}' is een bestand; geef de map van het regelpakket: '{map}'",
        "en": "'{pad}' is a file; give the rule pack's folder: '{map}'",
    },
    "cli.getal_boven": {
        "nl": "'{naam}' verwacht een getal groter dan {min}",
        "en": "'{naam}' expects a number greater than {min}",
    },
    "cli.getal_boven_tot": {
        "nl": "'{naam}' verwacht een getal groter dan {min} en hoogstens {max}",
        "en": "'{naam}' expects a number greater than {min} and at most {max}",
    },
    "cli.getal_vanaf": {
        "nl": "'{naam}' verwacht een getal van minstens {min}",
        "en": "'{naam}' expects a number of at least {min}",
    },
    "cli.uitvoer_map": {
        "nl": "'{pad}' is een map; geef een bestandsnaam (bijvoorbeeld {pad}/{naam})",
        "en": "'{pad}' is a folder; give a file name (for example {pad}/{naam})",
    },
    "cli.uitvoer_geen_map": {
        "nl": "'{pad}' eindigt op '/' maar die map bestaat niet; geef een bestandsnaam",
        "en": "'{pad}' ends in '/' but that folder does not exist; give a file name",
    },
    "cli.uitvoer_in_pakket": {
        "nl": "dit JSON-bestand staat in de map van een regelpakket ({map}), dat daar zijn eigen "
        "bestanden leest; kies een ander uitvoerbestand",
        "en": "this JSON file is in the folder of a rule pack ({map}), which reads its own files "
        "there; choose another output file",
    },
    "cli.uitvoer_is_invoer": {
        "nl": "dit is ook een invoerbestand; kies een ander uitvoerbestand",
        "en": "this is also an input file; choose another output file",
    },
    "cli.interne_fout": {
        "nl": "interne fout in substitutiecheck ({soort}): {bericht}. Dit is een fout in het "
        "programma, niet in uw invoer; meld het met dit bericht.",
        "en": "internal error in substitutiecheck ({soort}): {bericht}. This is a bug in the "
        "program, not in your input; please report it with this message.",
    },
}
