"""Texts a person reads that are not part of a rule pack: report headings, verdicts, CLI messages.

Dutch is the default; every key has an English text too (a test checks this).
"""

from __future__ import annotations

TALEN = ("nl", "en")

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
        "nl": "Geschikt onder voorwaarden: nog {n} voorwaarde(n) open, waarvan {k} blokkerend zodra het antwoord 'nee' is.",
        "en": "Suited with conditions: {n} condition(s) still open, {k} of which become blocking if the answer is 'no'.",
    },
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
    "kop.notities": {"nl": "Notities (veranderen het advies niet)", "en": "Notes (do not change the advice)"},
    "kop.niets_ontbreekt": {"nl": "Er ontbreekt niets.", "en": "Nothing is missing."},
    "kop.antwoord": {"nl": "antwoord", "en": "answer"},
    "kop.hoe": {"nl": "Hoe", "en": "How"},
    "kop.bron": {"nl": "Bron", "en": "Source"},
    "kop.regelpakket": {"nl": "Regelpakket", "en": "Rule pack"},
    "kop.samenvatting": {"nl": "Samenvatting", "en": "Summary"},
    "kop.geen": {"nl": "geen", "en": "none"},
    "samenvatting.regel": {
        "nl": "{totaal} voorstel(len): {go} go, {voorwaardelijk} go onder voorwaarden, {nogo} no-go, {fouten} ongeldig.",
        "en": "{totaal} proposal(s): {go} go, {voorwaardelijk} go with conditions, {nogo} no-go, {fouten} invalid.",
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
    "regels.blokkerend_als": {"nl": "(blokkerend als {conditie})", "en": "(blocking when {conditie})"},
    "regels.breidt_uit": {"nl": "breidt uit:", "en": "extends:"},
    "regels.aantal": {"nl": "{n} regels.", "en": "{n} rules."},
    "regels.naam": {"nl": "Onderwerp", "en": "Subject"},
    "regels.vuurt_als": {"nl": "Vuurt als", "en": "Fires when"},
    "regels.ernst": {"nl": "Ernst", "en": "Severity"},
    "regels.bevinding": {"nl": "Bevinding", "en": "Finding"},
    "regels.vraag": {"nl": "Vraag", "en": "Question"},
    "regels.waarom": {"nl": "Waarom", "en": "Why"},
    "regels.geldig": {
        "nl": "Regelpakket {naam} {versie} ({hash}) is geldig: {regels} regels, {rv} randvoorwaarden, {sc} scenario's.",
        "en": "Rule pack {naam} {versie} ({hash}) is valid: {regels} rules, {rv} preconditions, {sc} scenarios.",
    },
    "regels.geen_scenarios": {
        "nl": "geen scenario's: zet ze in scenarios.json in de pakketmap",
        "en": "no scenarios: put them in scenarios.json in the pack folder",
    },
    "regels.test_samenvatting": {"nl": "{ok} geslaagd, {fout} mislukt", "en": "{ok} passed, {fout} failed"},
    # CLI
    "cli.fout": {"nl": "fout", "en": "error"},
    "cli.afgebroken": {"nl": "Afgebroken.", "en": "Interrupted."},
    "cli.interne_fout": {
        "nl": "interne fout in substitutiecheck ({soort}): {bericht}. Dit is een fout in het programma, niet in uw invoer; meld het met dit bericht.",
        "en": "internal error in substitutiecheck ({soort}): {bericht}. This is a bug in the program, not in your input; please report it with this message.",
    },
}


def tekst(key: str, taal: str = "nl", **kwargs: object) -> str:
    """The text for ``key`` in ``taal`` (Dutch when ``taal`` is unknown), formatted with kwargs."""
    entry = TEKSTEN[key]
    text = entry.get(taal) or entry["nl"]
    return text.format(**kwargs) if kwargs else text


def antwoord(value: str | None, taal: str = "nl") -> str:
    """An answer value as a person reads it ('deels' / 'partly')."""
    key = f"antwoord.{value or ''}"
    return tekst(key, taal) if key in TEKSTEN else str(value)
