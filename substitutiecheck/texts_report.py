"""The program's own texts about a report, in Dutch and English: verdicts, reasons, headings and
the notes around the verdict. Part of :data:`substitutiecheck.i18n.TEKSTEN` (look texts up
there, with :func:`~substitutiecheck.i18n.tekst`)."""

from __future__ import annotations

TEKSTEN_RAPPORT: dict[str, dict[str, str]] = {
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
    "reden.uitsluiting_open": {
        "nl": "Nog onbekend of de patiëntengroep onder een uitsluiting valt ({namen}): zo ja, dan "
        "is zij niet geschikt voor substitutie.",
        "en": "Still unknown whether the patient group falls under an exclusion ({namen}): if so, "
        "it is not suited to substitution.",
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
    "reden.voorwaardelijk_blokkerend_namen": {
        "nl": "Regel eerst wat bij een ongunstig antwoord tot no-go leidt: {namen}.",
        "en": "First settle what leads to no-go if the answer turns out unfavourable: {namen}.",
    },
    "reden.voorwaardelijk_blokkerend_namen_uitsluiting": {
        "nl": "Beantwoord eerst die vraag en regel wat bij een ongunstig antwoord tot no-go "
        "leidt: {namen}.",
        "en": "First answer that question and settle what leads to no-go if the answer turns out "
        "unfavourable: {namen}.",
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
    "kop.en_meer": {"nl": "… en nog {n} voorstellen", "en": "… and {n} more proposals"},
    "kop.en_meer_1": {"nl": "… en nog 1 voorstel", "en": "… and 1 more proposal"},
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
    "kop.waarom": {"nl": "Waarom", "en": "Why"},
    "kop.omschrijving": {"nl": "Omschrijving", "en": "Description"},
    "kop.hoe": {"nl": "Hoe", "en": "How"},
    "kop.bron": {"nl": "Bron", "en": "Source"},
    # a finding's product-choice source, on its own line under 'Bron' (bronnenlijst.apart)
    "kop.bron_keuze": {"nl": "Advies en indeling", "en": "Advice and classification"},
    # the list of sources at the end of a document (issue 18): each cited source once
    "kop.bronnen": {"nl": "Bronnen", "en": "Sources"},
    "kop.bronnen_uitleg": {
        "nl": "Elke bron die dit document noemt, één keer. De nummers staan bij de bevindingen.",
        "en": "Every source this document cites, once. The numbers appear with the findings.",
    },
    "bron.soort.seed": {"nl": "brondocument", "en": "source document"},
    "bron.soort.nivel2013": {"nl": "Nivel-onderzoek", "en": "Nivel study"},
    "bron.soort.extern": {"nl": "externe bron", "en": "external source"},
    "bron.soort.productkeuze": {
        "nl": "productkeuze, geen bron",
        "en": "product choice, not a source",
    },
    "bron.periode": {"nl": "periode {periode}", "en": "period {periode}"},
    "kop.regelpakket": {"nl": "Regelpakket", "en": "Rule pack"},
    "kop.samenvatting": {"nl": "Samenvatting", "en": "Summary"},
    "kop.geen": {"nl": "geen", "en": "none"},
    # the notes around the verdict (context*.py) and the report formats
    "kop.toelichting": {"nl": "Toelichting rond het advies", "en": "Notes around the advice"},
    "kop.stand": {"nl": "Randvoorwaarden per groep", "en": "Preconditions per group"},
    "kop.vormen": {
        "nl": "Samenwerkingsvormen die volgens substitutiecheck passen bij {groep}",
        "en": "Forms of collaboration that fit {groep}, by substitutiecheck's own suggestion",
    },
    "kop.vormen_geen": {
        "nl": "Volgens substitutiecheck past geen samenwerkingsvorm uit het e-book in het bijzonder bij {groep}.",
        "en": "By substitutiecheck's own suggestion, no form of collaboration from the e-book "
        "fits {groep} in particular.",
    },
    "kop.vormen_overig": {
        "nl": "Voor een groep die niet op de lijst van geschikte patiëntengroepen van dit "
        "regelpakket staat, doet substitutiecheck geen suggestie.",
        "en": "substitutiecheck makes no suggestion for a group that is not on this rule pack's "
        "list of suitable patient groups.",
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
        "nl": "Triple Aim van dit voorstel (uw eigen verwachting, naast de beoordeling in het "
        "e-book van de gekozen vorm)",
        "en": "Triple Aim of this proposal (your own expectation, next to the e-book's rating of the chosen form)",
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
        "nl": "De gekozen route ({route}) staat niet bij de routes die substitutiecheck bij "
        "{waarbij} voorstelt ({routes}); dat kan, maar leg vast hoe de zorg na de start "
        "bekostigd blijft.",
        "en": "The chosen route ({route}) is not among the routes substitutiecheck suggests for "
        "{waarbij} ({routes}); that may work, but agree how the care stays funded after the "
        "start.",
    },
    "fin.waarbij_vorm": {
        "nl": "de samenwerkingsvorm '{vorm}' en de patiëntengroep",
        "en": "the form '{vorm}' and the patient group",
    },
    "fin.waarbij_alleen_vorm": {
        "nl": "de samenwerkingsvorm '{vorm}'",
        "en": "the form '{vorm}'",
    },
    "fin.waarbij_groep": {"nl": "deze patiëntengroep", "en": "this patient group"},
    "fin.past_algemeen": {
        "nl": "De gekozen route ({route}) is een van de algemene routes die substitutiecheck "
        "voorstelt; voor deze groep en vorm noemt het regelpakket geen eigen route.",
        "en": "The chosen route ({route}) is one of the general routes substitutiecheck suggests; "
        "the rule pack names no route of its own for this group and form.",
    },
    "fin.past_algemeen_groep": {
        "nl": "De gekozen route ({route}) is een van de algemene routes die substitutiecheck "
        "voorstelt; voor deze groep noemt het regelpakket geen eigen route.",
        "en": "The chosen route ({route}) is one of the general routes substitutiecheck suggests; "
        "the rule pack names no route of its own for this group.",
    },
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
    "kop.fouten_meer": {
        "nl": "… en nog {n} (elk staat in de foutmeldingen)",
        "en": "… and {n} more (each is in the error messages)",
    },
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
        "nl": "Gemaakt met substitutiecheck. Het advies volgt uit de regels van het regelpakket; "
        "de toelichting verandert het advies niet.",
        "en": "Made with substitutiecheck. The advice follows from the rules of the rule pack; "
        "the notes do not change it.",
    },
}
