"""The questionnaire screen's own words (progress, navigation, the overview, resume, errors);
the question texts and help-text templates are data in ``questionnaires/vragenlijst.json``.
Dutch by default, English with ``--lang en``; a test checks both exist for every key."""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import opzoeken

TEKSTEN: dict[str, dict[str, str]] = {
    "keuze.geschikt": {
        "nl": "Geschikt voor substitutie volgens het e-book (bronnen: Nivel 2013 en Plexus 2015).",
        "en": "Suited to substitution according to the e-book (sources: Nivel 2013 and Plexus 2015).",
    },
    "keuze.geen_vorm": {"nl": "(nog niet gekozen)", "en": "(not chosen yet)"},
    "keuze.geen_vorm_uitleg": {
        "nl": "Het voorstel krijgt (nog) geen samenwerkingsvorm.",
        "en": "The proposal gets no form of collaboration (yet).",
    },
    "keuze.overslaan": {"nl": "(niet invullen)", "en": "(leave out)"},
    "keuze.overslaan_uitleg": {
        "nl": "Het voorstel krijgt geen antwoord op deze vraag.",
        "en": "The proposal gets no answer to this question.",
    },
    "keuze.past_bij": {
        "nl": "past volgens substitutiecheck bij uw patiëntengroep",
        "en": "fits your patient group, by substitutiecheck's suggestion",
    },
    "keuze.vinkje": {"nl": "✓ = {past_bij}", "en": "✓ = {past_bij}"},
    "keuze.vorm_uitleg": {
        "nl": "{soort}; past volgens substitutiecheck bij: {categorieen}",
        "en": "{soort}; fits, by substitutiecheck's suggestion: {categorieen}",
    },
    "sectie.randvoorwaarden": {"nl": "{titel}: {groep}", "en": "{titel}: {groep}"},
    # validation (flow.py)
    "fout.verplicht": {"nl": "Deze vraag is verplicht.", "en": "This question is required."},
    "fout.verplicht_omdat": {
        "nl": "Deze vraag is verplicht omdat u '{keuze}' koos.",
        "en": "This question is required because you chose '{keuze}'.",
    },
    "fout.verplicht_als": {
        "nl": "Deze vraag is verplicht bij uw eerdere antwoorden.",
        "en": "This question is required given your earlier answers.",
    },
    "fout.te_lang": {
        "nl": "Te lang: maximaal {max} tekens (nu {n}).",
        "en": "Too long: at most {max} characters (now {n}).",
    },
    "fout.ongeldige_keuze": {
        "nl": "Ongeldige keuze '{waarde}'.",
        "en": "Invalid choice '{waarde}'.",
    },
    # screen (prompts.py, screens.py, ui.py)
    "ui.opslaan_mislukt": {
        "nl": "Opslaan lukt niet: {reden}. Uw antwoorden staan nog hier; los het op (ruimte "
        "vrijmaken, schrijfrechten, het bestand terugzetten) en probeer het opnieuw.",
        "en": "Saving failed: {reden}. Your answers are still here; fix it (free space, write "
        "permission, put the file back) and try again.",
    },
    "ui.opslaan_nogmaals": {"nl": "Opnieuw opslaan", "en": "Save again"},
    "ui.opslaan_stoppen": {
        "nl": "Stoppen en de antwoorden hieronder tonen",
        "en": "Stop and show the answers below",
    },
    "ui.niet_opgeslagen": {
        "nl": "Niet opgeslagen in {pad}. Uw antwoorden (zet ze in een bestand en ga verder met "
        "'substitutiecheck vragenlijst -o BESTAND{regels}'):",
        "en": "Not saved in {pad}. Your answers (put them in a file and continue with "
        "'substitutiecheck vragenlijst -o FILE{regels} --lang en'):",
    },
    "ui.opslag": {
        "nl": "Uw antwoorden worden na elke vraag opgeslagen in {pad}; u kunt altijd stoppen "
        "(Ctrl-C) en later verdergaan.",
        "en": "Your answers are saved after every question in {pad}; you can stop at any moment "
        "(Ctrl-C) and continue later.",
    },
    "ui.voortgang": {"nl": "Vraag {n} van {totaal}", "en": "Question {n} of {totaal}"},
    "ui.instructie_keuze": {
        "nl": "({toetsen} of ↑↓, Enter · ? uitleg · ← of Esc vorige)",
        "en": "({toetsen} or ↑↓, Enter · ? help · ← or Esc previous)",
    },
    "ui.instructie_zoeken": {
        "nl": "(typ om te zoeken of ↑↓, Enter · ? uitleg · ← of Esc vorige)",
        "en": "(type to search or ↑↓, Enter · ? help · ← or Esc previous)",
    },
    "ui.meer": {"nl": "{n} keuzes; met ↓ ziet u er meer.", "en": "{n} choices; ↓ shows more."},
    "ui.instructie_overzicht": {
        "nl": "(↑↓ Enter · ← vorige vraag)",
        "en": "(↑↓ Enter · ← previous question)",
    },
    "ui.instructie_kort": {"nl": "(↑↓ Enter)", "en": "(↑↓ Enter)"},
    "ui.instructie_tekst": {
        "nl": "(Enter = verder · Esc of Ctrl-B = vorige vraag · alleen ? = uitleg)",
        "en": "(Enter = next · Esc or Ctrl-B = previous question · just ? = help)",
    },
    "ui.vorige": {"nl": "← Vorige vraag", "en": "← Previous question"},
    "ui.uitleg": {"nl": "? Uitleg bij deze vraag", "en": "? Help on this question"},
    "ui.eerste_vraag": {"nl": "Dit is de eerste vraag.", "en": "This is the first question."},
    "ui.uitleg_meer": {"nl": "(een toets: verder lezen)", "en": "(any key: read on)"},
    "ui.uitleg_terug": {
        "nl": "(een toets: terug naar de vraag)",
        "en": "(any key: back to the question)",
    },
    "ui.toelichting": {"nl": "Toelichting", "en": "Explanation"},
    "ui.antwoorden": {"nl": "Antwoorden", "en": "Answers"},
    "ui.huidig": {"nl": "huidig antwoord", "en": "current answer"},
    "ui.niet_ingevuld": {"nl": "(niet ingevuld)", "en": "(not filled in)"},
    "ui.leeg": {"nl": "(leeg)", "en": "(empty)"},
    "ui.overzicht": {"nl": "Overzicht", "en": "Overview"},
    "ui.overzicht_vraag": {
        "nl": "Controleer uw antwoorden. Kies een vraag om het antwoord te wijzigen, of rond af.",
        "en": "Check your answers. Choose a question to change its answer, or finish.",
    },
    "ui.afronden": {"nl": "✔ Afronden en advies tonen", "en": "✔ Finish and show the advice"},
    "ui.ontbreekt": {
        "nl": "Nog niet af: '{vraag}' is verplicht.",
        "en": "Not finished yet: '{vraag}' is required.",
    },
    "ui.ongeldig": {
        "nl": "Nog niet af: het antwoord bij '{vraag}' kan zo niet blijven. {fout}",
        "en": "Not finished yet: the answer to '{vraag}' cannot stay as it is. {fout}",
    },
    "ui.verborgen": {
        "nl": "Niet meer van toepassing, dus uit het voorstel gehaald: {vragen}. De antwoorden "
        "blijven bewaard en komen terug als de vragen weer van toepassing zijn.",
        "en": "No longer applicable, so taken out of the proposal: {vragen}. The answers are "
        "kept and come back when the questions apply again.",
    },
    "ui.teruggezet": {
        "nl": "Weer van toepassing; uw eerdere antwoorden zijn teruggezet: {vragen}.",
        "en": "Applicable again; your earlier answers are restored: {vragen}.",
    },
    "ui.gestopt": {
        "nl": "Gestopt. Uw antwoorden zijn opgeslagen in {pad}. Ga later verder met: "
        "substitutiecheck vragenlijst {opdracht}",
        "en": "Stopped. Your answers are saved in {pad}. Continue later with: substitutiecheck "
        "vragenlijst {opdracht} --lang en",
    },
    "ui.tekens_hersteld": {
        "nl": "Let op: u typte een teken dat geen UTF-8 is; het is gelezen als Windows-1252 "
        "(zoals 'ë'), of als '\ufffd' waar dat niet kon. Controleer dat antwoord in het overzicht.",
        "en": "Note: you typed a character that is not UTF-8; it was read as Windows-1252 "
        "(such as 'ë'), or as '\ufffd' where that was not possible. Check that answer in the "
        "overview.",
    },
    "ui.niets_opgeslagen": {
        "nl": "Gestopt. Er was nog niets beantwoord; er is niets opgeslagen.",
        "en": "Stopped. Nothing was answered yet; nothing was saved.",
    },
    "ui.rapport_geschreven": {
        "nl": "Het rapport is geschreven naar {pad}.",
        "en": "The report is written to {pad}.",
    },
    "ui.slot_eerst": {"nl": "Eerst regelen:", "en": "Settle first:"},
    "ui.slot_meer": {
        "nl": "... en nog {n}; alles staat in het rapport hierboven.",
        "en": "... and {n} more; everything is in the report above.",
    },
    "ui.slot_html": {
        "nl": "Een HTML-rapport om te delen: substitutiecheck check {pad}{regels} --format html "
        "-o advies.html (of de volgende keer: vragenlijst --rapport advies.html)",
        "en": "An HTML report to share: substitutiecheck check {pad}{regels} --format html -o "
        "advice.html --lang en (or next time: vragenlijst --rapport advice.html --lang en)",
    },
    "ui.klaar": {
        "nl": "Het voorstel is opgeslagen in {pad}.",
        "en": "The proposal is saved in {pad}.",
    },
    "ui.hervat_vraag": {
        "nl": "In {pad} staat een onafgemaakte vragenlijst ({n} van {totaal} vragen beantwoord). Wat wilt u doen?",
        "en": "{pad} holds an unfinished questionnaire ({n} of {totaal} questions answered). What do you want to do?",
    },
    "ui.hervat": {"nl": "Verdergaan waar ik gebleven was", "en": "Continue where I stopped"},
    "ui.ander_pakket": {
        "nl": "Let op: deze antwoorden zijn gegeven onder regelpakket '{was}', u gebruikt nu "
        "'{nu}'; het advies kan daardoor anders uitvallen. Onder '{was}' verder:\n"
        "  substitutiecheck vragenlijst {opdracht}",
        "en": "Note: these answers were given under rule pack '{was}', you are now using "
        "'{nu}'; the advice may differ. To continue under '{was}':\n"
        "  substitutiecheck vragenlijst {opdracht} --lang en",
    },
    "ui.hervat_ander": {
        "nl": "Verdergaan onder het regelpakket van nu",
        "en": "Continue under the rule pack used now",
    },
    "ui.opnieuw": {
        "nl": "Opnieuw beginnen (de huidige antwoorden worden als kopie bewaard)",
        "en": "Start over (the current answers are kept as a copy)",
    },
    "ui.opnieuw_zeker": {
        "nl": "Weet u het zeker? De antwoorden in {pad} gaan eerst naar {kopie}.",
        "en": "Are you sure? The answers in {pad} are first copied to {kopie}.",
    },
    "ui.opnieuw_nee": {"nl": "Nee, terug", "en": "No, go back"},
    "ui.opnieuw_ja": {"nl": "Ja, opnieuw beginnen", "en": "Yes, start over"},
    "ui.kopie_bewaard": {
        "nl": "De vorige antwoorden staan in {kopie}; verder met die antwoorden: "
        "substitutiecheck vragenlijst {opdracht}",
        "en": "The previous answers are in {kopie}; to continue with them: substitutiecheck "
        "vragenlijst {opdracht} --lang en",
    },
    "ui.stoppen": {"nl": "Stoppen", "en": "Stop"},
    "ui.bestaat_vraag": {
        "nl": "{pad} bestaat al. Wat wilt u doen?",
        "en": "{pad} already exists. What do you want to do?",
    },
    "ui.herzien": {"nl": "Dit voorstel herzien", "en": "Revise this proposal"},
    "ui.overschrijven": {
        "nl": "Overschrijven met een nieuwe vragenlijst (het huidige bestand wordt als kopie bewaard)",
        "en": "Overwrite with a new questionnaire (the current file is kept as a copy)",
    },
    "ui.niets_gedaan": {
        "nl": "Gestopt; er is niets veranderd.",
        "en": "Stopped; nothing was changed.",
    },
    # errors (raised, printed by the CLI edge): in substitutiecheck/texts_problems.py
}


def tekst(key: str, taal: str = "nl", **kwargs: object) -> str:
    """The questionnaire's screen texts (this module's catalogue)."""
    return opzoeken(TEKSTEN, key, taal, **kwargs)


def beide(key: str, **per_lang: Mapping[str, str]) -> dict[str, str]:
    """{'nl': ..., 'en': ...} for ``key``, formatting each language with its own values."""
    return {
        lang: TEKSTEN[key][lang].format(**{k: v[lang] for k, v in per_lang.items()})
        for lang in ("nl", "en")
    }
