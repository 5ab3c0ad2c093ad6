"""Texts a person reads that are not part of a rule pack: report headings, verdicts, CLI messages.

Dutch is the default; every key has an English text too (a test checks this).
"""

from __future__ import annotations

from collections.abc import Mapping

Tekst = Mapping[str, str]
"""A text in two languages, {'nl': ..., 'en': ...} (a rule pack's texts)."""


def t(tekst: Tekst | None, taal: str) -> str:
    """Pick the language from a {'nl': ..., 'en': ...} text (Dutch when the language is absent)."""
    if not tekst:
        return ""
    return tekst.get(taal) or tekst["nl"]


TEKSTEN: dict[str, dict[str, str]] = {
    # verdicts
    "advies.go": {"nl": "GO", "en": "GO"},
    "advies.voorwaardelijk": {"nl": "GO ONDER VOORWAARDEN", "en": "GO WITH CONDITIONS"},
    "advies.no-go": {"nl": "NO-GO", "en": "NO-GO"},
    # reasons (one sentence at the top of a report)
    "reden.go": {
        "nl": "De patiëntengroep is geschikt voor substitutie en alle randvoorwaarden zijn vervuld.",
        "en": "The patient group is suited to substitution and all preconditions are met.",
    },
    "reden.uitgesloten": {
        "nl": "De patiëntengroep is niet geschikt voor substitutie: {namen}.",
        "en": "The patient group is not suited to substitution: {namen}.",
    },
    "reden.blokkerend": {
        "nl": "Niet vervuld en blokkerend: {namen}.",
        "en": "Not met and blocking: {namen}.",
    },
    "reden.voorwaardelijk": {
        "nl": "Nog {n} voorwaarden open: {namen}.",
        "en": "{n} conditions still open: {namen}.",
    },
    "reden.voorwaardelijk_1": {
        "nl": "Nog 1 voorwaarde open: {namen}.",
        "en": "1 condition still open: {namen}.",
    },
    "reden.voorwaardelijk_blokkerend": {
        "nl": "Regel eerst de {k} voorwaarden die bij een ongunstig antwoord tot no-go leiden.",
        "en": "First settle the {k} conditions that lead to no-go if the answer turns out unfavourable.",
    },
    "reden.voorwaardelijk_blokkerend_1": {
        "nl": "Regel eerst de voorwaarde die bij een ongunstig antwoord tot no-go leidt.",
        "en": "First settle the condition that leads to no-go if the answer turns out unfavourable.",
    },
    # a provisional advice (Rapport.voorlopig): after the verdict in every format's headline
    "voorlopig.kop": {
        "nl": "voorlopig: {delen} nog onbekend",
        "en": "provisional: {delen} still unknown",
    },
    "voorlopig.rv": {"nl": "{n} blokkerende voorwaarden", "en": "{n} blocking conditions"},
    "voorlopig.rv_1": {"nl": "1 blokkerende voorwaarde", "en": "1 blocking condition"},
    "voorlopig.uitsluiting": {"nl": "{n} uitsluitingen", "en": "{n} exclusions"},
    "voorlopig.uitsluiting_1": {"nl": "1 uitsluiting", "en": "1 exclusion"},
    "voorlopig.en": {"nl": " en ", "en": " and "},
    "voorlopig.kort": {"nl": "voorlopig", "en": "provisional"},
    "reden.en_nog": {"nl": " en nog {n}", "en": " and {n} more"},
    # report headings
    "kop.rapport": {"nl": "Substitutiecheck", "en": "Substitution check"},
    "kop.zonder_titel": {"nl": "(voorstel zonder titel)", "en": "(untitled proposal)"},
    "kop.patientgroep": {"nl": "Patiëntengroep", "en": "Patient group"},
    "kop.samenwerkingsvorm": {"nl": "Samenwerkingsvorm", "en": "Form of collaboration"},
    "kop.financiering": {"nl": "Financiering", "en": "Financing"},
    "kop.advies": {"nl": "Advies", "en": "Advice"},
    "kop.reden": {"nl": "Reden", "en": "Reason"},
    "kop.ontbreekt": {"nl": "Wat nog ontbreekt", "en": "What is still missing"},
    "kop.blokkerend": {"nl": "Blokkerend", "en": "Blocking"},
    "kop.blokkerend_soort": {
        "nl": "Blokkerende voorwaarden (bij 'nee' volgt no-go)",
        "en": "Blocking conditions (a 'no' means no-go)",
    },
    "kop.overig": {"nl": "Overige voorwaarden", "en": "Other conditions"},
    "kop.laag_nogo": {"nl": "Blokkerend (no-go)", "en": "Blocking (no-go)"},
    "kop.laag_eerst": {"nl": "Eerst regelen", "en": "Settle first"},
    "kop.en_meer": {"nl": "… en nog {n} voorstel(len)", "en": "… and {n} more proposal(s)"},
    "kop.laag_legenda": {
        "nl": "Per voorstel: advies, wat ontbreekt (blokkerend / eerst regelen / daarna), titel:",
        "en": "Per proposal: advice, what is missing (blocking / settle first / then), title:",
    },
    "kop.notities": {
        "nl": "Notities (veranderen het advies niet)",
        "en": "Notes (do not change the advice)",
    },
    "kop.niets_ontbreekt": {"nl": "Er ontbreekt niets.", "en": "Nothing is missing."},
    "kop.antwoord": {"nl": "antwoord", "en": "answer"},
    "kop.hoe": {"nl": "Hoe", "en": "How"},
    "kop.bron": {"nl": "Bron", "en": "Source"},
    "kop.regelpakket": {"nl": "Regelpakket", "en": "Rule pack"},
    "kop.samenvatting": {"nl": "Samenvatting", "en": "Summary"},
    "kop.geen": {"nl": "geen", "en": "none"},
    # the notes around the verdict (context.py) and the report formats
    "kop.toelichting": {"nl": "Toelichting rond het advies", "en": "Notes around the advice"},
    "kop.stand": {"nl": "Randvoorwaarden per groep", "en": "Preconditions per group"},
    "kop.vormen": {
        "nl": "Samenwerkingsvormen die volgens substitutiecheck passen bij {groep}",
        "en": "Forms of collaboration that fit {groep}, by substitutiecheck's own suggestion",
    },
    "kop.vormen_geen": {
        "nl": "Volgens substitutiecheck past geen samenwerkingsvorm uit het e-book in het bijzonder bij {groep}.",
        "en": "By substitutiecheck's own suggestion, no form of collaboration from the e-book fits {groep} in particular.",
    },
    "kop.vormen_overig": {
        "nl": "Voor een groep buiten de lijst van potentiële patiëntengroepen doet substitutiecheck geen suggestie.",
        "en": "substitutiecheck makes no suggestion for a group outside the list of potential patient groups.",
    },
    "kop.vormen_gekozen": {"nl": "Gekozen samenwerkingsvorm", "en": "Chosen form of collaboration"},
    "kop.koppeling": {
        "nl": "Koppeling vorm en patiëntengroep",
        "en": "Link between form and patient group",
    },
    "kop.gekozen": {"nl": "gekozen", "en": "chosen"},
    "kop.blokkerend_bij": {"nl": "blokkerend bij '{antwoord}'", "en": "blocking if '{antwoord}'"},
    "kop.eerst_regelen": {
        "nl": "Eerst regelen (blokkerend bij een ongunstig antwoord)",
        "en": "Settle first (blocking if the answer is unfavourable)",
    },
    "kop.daarna": {"nl": "Daarna", "en": "Then"},
    "kop.blokkerend_nogo": {"nl": "Blokkerend (daarom no-go)", "en": "Blocking (hence no-go)"},
    "kop.gekozen_past_niet": {
        "nl": "gekozen; past volgens substitutiecheck niet bij {groep}",
        "en": "chosen; by substitutiecheck's own suggestion it does not fit {groep}",
    },
    "kop.gekozen_geen_suggestie": {
        "nl": "gekozen; substitutiecheck doet voor deze groep geen suggestie",
        "en": "chosen; substitutiecheck makes no suggestion for this group",
    },
    "kop.status": {"nl": "Status", "en": "Status"},
    "kop.status_stand": {"nl": "Status ({stand})", "en": "Status ({stand})"},
    "kop.waar": {"nl": "Waar", "en": "Where"},
    "kop.niet_vermeld": {"nl": "niet vermeld in de bron", "en": "not stated in the source"},
    "kop.triple_aim": {"nl": "Triple Aim", "en": "Triple Aim"},
    "aim.kwaliteit": {"nl": "Ervaren kwaliteit van zorg", "en": "Experienced quality of care"},
    "aim.gezondheid": {"nl": "Gezondheid populatie", "en": "Population health"},
    "aim.kosten": {"nl": "Zorgkosten populatie", "en": "Population care costs"},
    "kop.triple_aim_voorstel": {
        "nl": "Triple Aim van dit voorstel (uw eigen verwachting, naast de e-book-cijfers van de gekozen vorm)",
        "en": "Triple Aim of this proposal (your own expectation, next to the e-book's scores of the chosen form)",
    },
    "kop.verwacht": {"nl": "verwacht", "en": "expected"},
    "kop.volgens_ebook": {"nl": "e-book bij {vorm}", "en": "e-book for {vorm}"},
    "kop.geen_vorm": {"nl": "geen vorm gekozen", "en": "no form chosen"},
    "kop.eerste_lijn": {"nl": "Wie in de eerste lijn", "en": "Who in primary care"},
    "eerste_lijn.wie": {
        "nl": "Eerste lijn in dit voorstel: {namen}.",
        "en": "Primary care in this proposal: {namen}.",
    },
    "eerste_lijn.geen": {
        "nl": "Het voorstel noemt (nog) geen deelnemende eerstelijnszorgverleners.",
        "en": "The proposal names no participating primary care providers (yet).",
    },
    "eerste_lijn.niet": {"nl": "Niet betrokken: {namen}.", "en": "Not involved: {namen}."},
    "kop.kernvoorwaarde_antwoord": {
        "nl": "Antwoord van het voorstel",
        "en": "The proposal's answer",
    },
    "kop.financieringsroute": {"nl": "Financieringsroute", "en": "Financing route"},
    "fin.kiezen": {
        "nl": "Kies een financieringsroute; volgens substitutiecheck passend bij {waarbij}: {routes}.",
        "en": "Choose a financing route; fitting {waarbij} by substitutiecheck's own suggestion: {routes}.",
    },
    "fin.past": {
        "nl": "De gekozen route ({route}) past volgens substitutiecheck bij {waarbij}.",
        "en": "The chosen route ({route}) fits {waarbij}, by substitutiecheck's own suggestion.",
    },
    "fin.anders": {
        "nl": "De gekozen route ({route}) is niet de route die volgens substitutiecheck bij {waarbij} hoort ({routes}); leg vast hoe de zorg na de start bekostigd blijft.",
        "en": "The chosen route ({route}) is not the one that goes with {waarbij} by substitutiecheck's own suggestion ({routes}); agree how the care stays funded after the start.",
    },
    "fin.waarbij_vorm": {
        "nl": "de samenwerkingsvorm '{vorm}' en de patiëntengroep",
        "en": "the form '{vorm}' and the patient group",
    },
    "fin.waarbij_groep": {"nl": "deze patiëntengroep", "en": "this patient group"},
    "kop.passende_routes": {"nl": "Passende routes", "en": "Fitting routes"},
    "kop.draagvlak": {"nl": "Draagvlak bij patiënten", "en": "Patient support"},
    "kop.voorkeur_huisarts": {
        "nl": "Redenen om de huisarts te kiezen",
        "en": "Reasons to choose the GP",
    },
    "kop.voorkeur_specialist": {
        "nl": "Redenen om de specialist te kiezen",
        "en": "Reasons to choose the specialist",
    },
    "kop.samenwerking": {
        "nl": "Samenwerking (Kaats & Opheij)",
        "en": "Collaboration (Kaats & Opheij)",
    },
    "kop.samenwerking_leeg": {
        "nl": "De vijf elementen van samenwerking (Kaats & Opheij) zijn niet ingevuld.",
        "en": "The five elements of collaboration (Kaats & Opheij) have not been filled in.",
    },
    "kop.zwak": {"nl": "Samenwerking zwak", "en": "Collaboration weak"},
    "kop.niet_zwak": {
        "nl": "Geen tekenen van zwakke samenwerking",
        "en": "No signs of weak collaboration",
    },
    "kop.faalsignalen": {"nl": "Let op de faalsignalen", "en": "Watch for the failure signs"},
    "kop.succes": {"nl": "Tekenen van succes", "en": "Signs of success"},
    "kop.lichtere_vormen": {"nl": "Lichtere overlegvormen", "en": "Lighter forms of consultation"},
    "kop.element": {"nl": "Element", "en": "Element"},
    "kop.groep": {"nl": "Groep", "en": "Group"},
    "kop.invoer": {"nl": "Invoer", "en": "Input"},
    "kop.regio": {"nl": "Regio", "en": "Region"},
    "kop.titel": {"nl": "Titel", "en": "Title"},
    "kop.aantal_voorstellen": {"nl": "Voorstellen", "en": "Proposals"},
    "kop.fouten": {"nl": "Ongeldige invoer", "en": "Invalid input"},
    "kop.geschikt_uitsluiting": {
        "nl": "Patiëntengroep (geschiktheid)",
        "en": "Patient group (suitability)",
    },
    "kop.overige_regels": {"nl": "Overige regels", "en": "Other rules"},
    "kop.grafiek_stand": {
        "nl": "Grafiek: per groep het aantal randvoorwaarden dat vervuld, deels vervuld, niet vervuld of onbekend is",
        "en": "Chart: per group the number of preconditions met, partly met, not met or unknown",
    },
    "kop.grafiek_samenwerking": {
        "nl": "Grafiek: de vijf elementen van samenwerking met hun antwoord",
        "en": "Chart: the five elements of collaboration with their answer",
    },
    "kop.grafiek_advies": {
        "nl": "Grafiek: aantal voorstellen per advies",
        "en": "Chart: number of proposals per advice",
    },
    "stand.ja": {"nl": "vervuld", "en": "met"},
    "stand.deels": {"nl": "deels", "en": "partly"},
    "stand.nee": {"nl": "niet vervuld", "en": "not met"},
    "stand.onbekend": {"nl": "onbekend", "en": "unknown"},
    "kop.gegenereerd": {
        "nl": "Gemaakt met substitutiecheck. Het advies volgt uit de regels van het regelpakket; de toelichting verandert het advies niet.",
        "en": "Made with substitutiecheck. The advice follows from the rules of the rule pack; the notes do not change it.",
    },
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
        "nl": "{totaal} voorstel(len): {go} go, {voorwaardelijk} go onder voorwaarden, {nogo} no-go, {fouten} ongeldig. Voorlopig (uitsluitingen of blokkerende voorwaarden nog onbekend): {voorlopig}.",
        "en": "{totaal} proposal(s): {go} go, {voorwaardelijk} go with conditions, {nogo} no-go, {fouten} invalid. Provisional (exclusions or blocking conditions still unknown): {voorlopig}.",
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
        "nl": "Let op: deze regel berust (deels) op een eigen keuze van substitutiecheck (productkeuze), niet op een bron.",
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
    "cli.onbekende_optie": {"nl": "onbekende optie '{optie}'", "en": "unknown option '{optie}'"},
    "cli.bedoelde_u": {"nl": "; bedoelde u '{optie}'?", "en": "; did you mean '{optie}'?"},
    "cli.ontbreekt": {"nl": "'{naam}' ontbreekt", "en": "'{naam}' is missing"},
    "cli.keuze": {
        "nl": "ongeldige waarde voor '{naam}'; kies uit: {keuzes}",
        "en": "invalid value for '{naam}'; choose from: {keuzes}",
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
    "cli.uitvoer_is_invoer": {
        "nl": "dit is ook een invoerbestand; kies een ander uitvoerbestand",
        "en": "this is also an input file; choose another output file",
    },
    "cli.interne_fout": {
        "nl": "interne fout in substitutiecheck ({soort}): {bericht}. Dit is een fout in het programma, niet in uw invoer; meld het met dit bericht.",
        "en": "internal error in substitutiecheck ({soort}): {bericht}. This is a bug in the program, not in your input; please report it with this message.",
    },
}


def opzoeken(
    catalogus: dict[str, dict[str, str]], key: str, taal: str = "nl", **kwargs: object
) -> str:
    """The text for ``key`` in a catalogue, in ``taal`` (Dutch when ``taal`` is unknown), formatted."""
    entry = catalogus[key]
    text = entry.get(taal) or entry["nl"]
    return text.format(**kwargs) if kwargs else text


def tekst(key: str, taal: str = "nl", **kwargs: object) -> str:
    """The program's own texts (this module's catalogue)."""
    return opzoeken(TEKSTEN, key, taal, **kwargs)


def antwoord(value: str | None, taal: str = "nl") -> str:
    """An answer value as a person reads it ('deels' / 'partly')."""
    key = f"antwoord.{value or ''}"
    return tekst(key, taal) if key in TEKSTEN else str(value)


# -- help pages with --lang en: the Dutch help text (as written in cli.py, docstrings after
# inspect.cleandoc) -> its English text. tests/test_cli.py checks that every command and option
# has one, so a new option cannot be left Dutch-only.
HULP_EN = {
    "Toon elk id dat een voorstel gebruikt, met naam en betekenis: patiëntengroepen,\n"
    "uitsluitingen, randvoorwaarden, samenwerkingsvormen en financieringsroutes.": "Show every id a proposal uses, with name and meaning: patient groups, exclusions,\n"
    "preconditions, forms of collaboration and financing routes.",
    "Uitvoerformaat (markdown: de pagina docs/ids.md).": "Output format (markdown: the page docs/ids.md).",
    "Substitutiecheck: is deze patiëntengroep geschikt voor substitutie van zorg\n"
    "(van ziekenhuis naar huisarts), en zo nee, wat ontbreekt er nog?": "Substitutiecheck: is this patient group suited to move from the hospital to the GP\n"
    "(substitution of care), and if not yet, what is still missing?",
    "Controleer voorstellen: bestanden, mappen (recursief), - voor stdin, en JSON Lines (.jsonl).\n\n"
    "Exitcode 0: geen no-go; 1: minstens één no-go (met --strikt ook bij go onder voorwaarden);\n"
    "2: ongeldige invoer of gebruik (de geldige voorstellen worden wel gerapporteerd); 130: afgebroken;\n"
    "141: de lezer van de uitvoer stopte (bijvoorbeeld | head).\n\n"
    "Formaten: text, markdown, html (één bestand met grafieken, werkt offline), csv (één regel per\n"
    "voorstel; UTF-8 met BOM; ongeldige invoer staat er als regel met de fout in kolom 'fout' en\n"
    "ook op stderr), json en jsonl.": "Check proposals: files, folders (recursively), - for stdin, and JSON Lines (.jsonl).\n\n"
    "Exit code 0: no no-go; 1: at least one no-go (with --strikt also for go with conditions);\n"
    "2: invalid input or usage (the valid proposals are still reported); 130: interrupted;\n"
    "141: the reader of the output stopped (for example | head).\n\n"
    "Formats: text, markdown, html (one file with charts, works offline), csv (one row per\n"
    "proposal; UTF-8 with BOM; invalid input is a row with the error in column 'error' and also\n"
    "on stderr), json and jsonl.",
    "Uitvoerformaat.": "Output format.",
    "Grootste invoer per document en per JSON Lines-regel, in MB.": "Largest input per document and per JSON Lines line, in MB.",
    "Scheidingsteken voor --format csv (';' voor Nederlandse Excel, ',' voor andere programma's).": "Separator for --format csv (';' for Dutch Excel, ',' for other programs).",
    "Schrijf het rapport naar dit bestand (atomair) in plaats van naar stdout.": "Write the report to this file (atomically) instead of stdout.",
    "Exitcode 1 ook bij 'go onder voorwaarden'.": "Exit code 1 also for 'go with conditions'.",
    "Neem de toelichting rond het advies op (samenwerkingsvormen, financiering, draagvlak, "
    "Kaats & Opheij). --geen-toelichting maakt grote JSON-batches kleiner en sneller.": "Include the notes around the advice (forms of collaboration, financing, patient support, "
    "Kaats & Opheij). --geen-toelichting makes big JSON batches smaller and faster.",
    "Aantal processen voor een grote batch (0: één per processorkern; hoogstens 4 per kern en nooit meer dan er "
    "werk is).": "Number of processes for a big batch (0: one per processor core; at most 4 per core and never more than "
    "there is work for).",
    "Voortgangsbalk op stderr (alleen op een terminal).": "Progress bar on stderr (on a terminal only).",
    "Map met een (regionaal) regelpakket; standaard het landelijke pakket.": "Folder with a (regional) rule pack; the national pack by default.",
    "Taal van de uitvoer / language of the output.": "Language of the output (nl or en).",
    "Taal voor alle commando's / language for every command.": "Language for every command (nl or en).",
    "Toon de regels van het actieve pakket; valideer of test een (regionaal) pakket.": "Show the rules of the active pack; validate or test a (regional) pack.",
    "Leg één regel uit: wat hij controleert, waarom, het advies en de bron.": "Explain one rule: what it checks, why, the advice and the source.",
    "Controleer een pakketmap: schema, dubbele ids, onbekende velden en ids, wijzigingen van\n"
    "ids die niet bestaan, condities die nooit of altijd waar zijn, en het scenariobestand.": "Check a pack folder: schema, duplicate ids, unknown fields and ids, changes to ids that\n"
    "don't exist, conditions that never or always hold, and the scenario file.",
    "Draai de scenario's van een pakket (scenarios.json): verwacht advies en ontbrekende ids.\n\n"
    "Exitcode 0: alles geslaagd; 1: een scenario mislukt; 2: pakket of scenario's ongeldig.": "Run the scenarios of a pack (scenarios.json): expected advice and missing ids.\n\n"
    "Exit code 0: all passed; 1: a scenario failed; 2: pack or scenarios invalid.",
    "Print het JSON Schema van een voorstel (of met --rapport: van een rapport).\n\n"
    "Elk veld en elke keuze heeft een naam en uitleg (title, description), in het Nederlands of\n"
    "met --lang en in het Engels: een editor die JSON Schema leest, vult dan aan en legt uit.": "Print the JSON Schema of a proposal (or with --rapport: of a report).\n\n"
    "Every field and choice has a name and meaning (title, description), in Dutch or with\n"
    "--lang en in English: an editor that reads JSON Schema then completes and explains.",
    "Het schema van een rapport in plaats van een voorstel.": "The schema of a report instead of a proposal.",
    "Exporteer de vragenlijst of voorstellen naar FHIR R4 (Questionnaire, QuestionnaireResponse).": "Export the questionnaire or proposals to FHIR R4 (Questionnaire, QuestionnaireResponse).",
    "Print de vragenlijst van het actieve regelpakket als FHIR R4 Questionnaire (JSON).\n\n"
    "Met --lang en is de hoofdtekst Engels en de Nederlandse een vertaling.": "Print the questionnaire of the active rule pack as a FHIR R4 Questionnaire (JSON).\n\n"
    "With --lang en the main text is English and the Dutch one a translation.",
    "Schrijf naar dit bestand (atomair) in plaats van naar stdout.": "Write to this file (atomically) instead of stdout.",
    "Print een voorstel (JSON, of - voor stdin) als FHIR R4 QuestionnaireResponse bij de\n"
    "vragenlijst van 'export fhir'. JSON Lines (.jsonl) of een map geeft één response per regel.\n"
    "'substitutiecheck check' accepteert het resultaat en geeft hetzelfde advies.": "Print a proposal (JSON, or - for stdin) as a FHIR R4 QuestionnaireResponse to the\n"
    "questionnaire of 'export fhir'. JSON Lines (.jsonl) or a folder gives one response per line.\n"
    "'substitutiecheck check' accepts the result and gives the same advice.",
    "Schrijf de vragenlijst als één HTML-formulier om in de browser in te vullen, zonder\n"
    "internet. 'Opslaan' geeft een FHIR QuestionnaireResponse (<voorstel>-<rol>.json) die\n"
    "'substitutiecheck check' leest als elk voorstel.": "Write the questionnaire as one HTML form to fill in in a browser, without the\n"
    "internet. 'Save' gives a FHIR QuestionnaireResponse (<proposal>-<role>.json) that\n"
    "'substitutiecheck check' reads like any proposal.",
    "Het HTML-formulier (één bestand, werkt offline), atomair geschreven.": "The HTML form (one file, works offline), written atomically.",
    "Een voorstel (JSON): titel, regio, patiëntengroep, vorm en financiering staan dan vast.": "A proposal (JSON): its title, region, patient group, form and financing are then fixed.",
    "Stel een voorstel interactief op (vraag voor vraag) en toon het advies.\n\n"
    "Elk antwoord wordt meteen opgeslagen; Ctrl-C stopt (exitcode 130) en bij een volgende start\n"
    "kunt u verdergaan. Zonder terminal: gebruik 'substitutiecheck check'.": "Draw up a proposal interactively (question by question) and show the advice.\n\n"
    "Every answer is saved at once; Ctrl-C stops (exit code 130) and the next start can carry\n"
    "on. Without a terminal: use 'substitutiecheck check'.",
    "Het voorstel (JSON); na elke vraag bijgewerkt. Bestaat het al, dan kunt u verdergaan.": "The proposal (JSON); updated after every question. If it exists, you can carry on.",
    "Herzie een bestaand voorstel: begin bij het overzicht met de antwoorden uit dit bestand.": "Revise an existing proposal: start at the overview with the answers from this file.",
    "Schrijf het rapport aan het eind ook naar dit bestand; het formaat volgt de extensie "
    "(.txt, .md, .html, .csv, .json, .jsonl).": "Also write the report to this file at the end; the format follows the extension "
    "(.txt, .md, .html, .csv, .json, .jsonl).",
}


_ONZICHTBAAR = None
_WIT = "\t\n\x0b\x0c\r"


def zichtbaar(text: str, wit: bool = False) -> str:
    """Text from outside (a proposal, a file name, a rule pack) made safe to show: every control
    character (C0 but newline where allowed, DEL, C1 such as CSI U+009B), the bidirectional
    overrides, the Unicode line separators and lone surrogates become their visible escape
    (``\\x1b``, ``\\u202e``, ``\\udc80``), so a terminal, a Markdown renderer or a spreadsheet
    shows them instead of obeying them, and the text always encodes as UTF-8.

    ``wit``: leave tab, newline, vertical tab, form feed and carriage return for the caller,
    which folds them into spaces (text wrapping, Markdown)."""
    global _ONZICHTBAAR
    if _ONZICHTBAAR is None:
        import re

        _ONZICHTBAAR = (
            re.compile(
                "[\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                "\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
            ),
            re.compile(
                "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                "\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
            ),
        )
    pattern = _ONZICHTBAAR[0 if wit else 1]
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


_KORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(m) -> str:
    c = m.group()
    if c in _KORT:
        return _KORT[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
