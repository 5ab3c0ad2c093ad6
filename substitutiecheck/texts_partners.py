"""Texts a person reads in the combined (``combineer``), compared (``vergelijk``) and region
(``knelpunten``) reports (issue 17). Dutch by default, every key in English too (a test checks it).
Kept apart from :mod:`substitutiecheck.i18n` so these reports can grow without touching it."""

from __future__ import annotations

from .i18n import opzoeken

TEKSTEN: dict[str, dict[str, str]] = {
    # -- combineer ---------------------------------------------------------------------------
    "comb.titel": {"nl": "Gecombineerd advies", "en": "Combined advice"},
    "comb.partijen": {"nl": "Wie antwoordde", "en": "Who answered"},
    "comb.partij_n": {"nl": "Partij {n}", "en": "Party {n}"},
    "comb.advies_uitleg": {
        "nl": "Het advies geldt voor de gecombineerde antwoorden van {n} partijen.",
        "en": "The advice holds for the combined answers of {n} parties.",
    },
    "comb.advies_uitleg_1": {
        "nl": "Het advies geldt voor de antwoorden van één partij.",
        "en": "The advice holds for the answers of one party.",
    },
    "comb.gebruikt": {
        "nl": "Gebruikt voor het advies: {veld} '{waarde}' ({partij}); ook genoemd: {anders}.",
        "en": "Used for the advice: {veld} '{waarde}' ({partij}); also named: {anders}.",
    },
    "comb.matrix": {"nl": "Antwoorden naast elkaar", "en": "Answers side by side"},
    "comb.matrix_legenda": {
        "nl": "[1], [2], ...: de partijen hierboven; * verschil van inzicht.",
        "en": "[1], [2], ...: the parties above; * difference of view.",
    },
    "comb.matrix_legenda_onbekend": {
        "nl": "? nog niet bij iedere partij bekend (geen verschil van inzicht).",
        "en": "? not yet known to every party (no difference of view).",
    },
    "comb.niet_ieder_bekend": {
        "nl": "Nog niet bij iedere partij bekend",
        "en": "Not yet known to every party",
    },
    "comb.niet_ieder_bekend_uitleg": {
        "nl": "Geen verschil van inzicht: een partij weet het antwoord, een andere zegt "
        "'onbekend'. Het gecombineerde antwoord blijft 'onbekend' tot ook die partij het weet; "
        "daarom kan een voorwaarde nog bij 'Eerst regelen' staan terwijl een partij het "
        "antwoord al geeft.",
        "en": "Not a difference of view: one party knows the answer, another says 'unknown'. "
        "The combined answer stays 'unknown' until that party knows too; so a condition can "
        "still be under 'Settle first' while a party already gives the answer.",
    },
    "comb.gecombineerd": {"nl": "gecombineerd", "en": "combined"},
    "comb.vraag": {"nl": "vraag", "en": "question"},
    "comb.verschillen": {"nl": "Verschillen van inzicht", "en": "Differences of view"},
    "comb.geen_verschillen": {
        "nl": "Geen verschillen van inzicht: waar de partijen een antwoord weten, zijn ze het eens.",
        "en": "No differences of view: where the parties know an answer, they agree.",
    },
    "comb.tegengesteld": {"nl": "ja tegenover nee", "en": "yes against no"},
    "comb.samenwerking": {
        "nl": "Samenwerking volgens iedere partij (Kaats & Opheij)",
        "en": "Collaboration in every party's eyes (Kaats & Opheij)",
    },
    "comb.in_ieders_ogen": {"nl": "volgens iedere partij", "en": "in every party's eyes"},
    "comb.ieder_ja": {"nl": "ja, volgens iedere partij", "en": "yes, in every party's eyes"},
    "comb.niet_ieder_ja": {"nl": "niet iedere partij zegt ja", "en": "not every party says yes"},
    "comb.ieder_zelfde": {
        "nl": "eensgezind {antwoord}, dus nog niet in ieders ogen",
        "en": "all say {antwoord}, so not yet in every party's eyes",
    },
    "comb.niemand_weet": {"nl": "bij geen partij bekend", "en": "known to no party"},
    "comb.niet_ingevuld": {"nl": "—", "en": "—"},
    "comb.regel": {
        "nl": "Hoe de antwoorden zijn gecombineerd",
        "en": "How the answers were combined",
    },
    "comb.waarschuwingen": {"nl": "Let op", "en": "Note"},
    "comb.titels_verschillen": {
        "nl": "De bestanden hebben verschillende titels ({waarden}); gecombineerd als één voorstel.",
        "en": "The files have different titles ({waarden}); combined as one proposal.",
    },
    "comb.regios_verschillen": {
        "nl": "De bestanden noemen verschillende regio's ({waarden}); gecombineerd als één voorstel.",
        "en": "The files name different regions ({waarden}); combined as one proposal.",
    },
    "comb.omschrijvingen_verschillen": {
        "nl": "De partijen omschrijven de patiëntengroep verschillend ({waarden}); het "
        "gecombineerde rapport noemt daarom geen omschrijving. Spreek af om welke patiënten het "
        "gaat.",
        "en": "The parties describe the patient group differently ({waarden}); so the combined "
        "report gives no description. Agree on which patients it is about.",
    },
    "comb.veld.categorie": {"nl": "patiëntengroep", "en": "patient group"},
    "comb.veld.samenwerkingsvorm": {"nl": "samenwerkingsvorm", "en": "form of collaboration"},
    "comb.veld.financiering": {"nl": "financiering", "en": "financing"},
    "comb.veld.omschrijving": {
        "nl": "omschrijving van de patiëntengroep",
        "en": "description of the patient group",
    },
    "comb.geen_vorm": {"nl": "(geen vorm gekozen)", "en": "(no form chosen)"},
    "comb.sectie.keuzes": {"nl": "Keuzes", "en": "Choices"},
    "comb.sectie.uitsluitingen": {"nl": "Uitsluitingen", "en": "Exclusions"},
    "comb.sectie.randvoorwaarden": {"nl": "Randvoorwaarden", "en": "Preconditions"},
    "comb.sectie.samenwerking": {
        "nl": "Samenwerking (Kaats & Opheij)",
        "en": "Collaboration (Kaats & Opheij)",
    },
    "comb.volledig_rapport": {
        "nl": "Het advies bij de gecombineerde antwoorden",
        "en": "The advice for the combined answers",
    },
    # -- vergelijk ---------------------------------------------------------------------------
    "verg.titel": {"nl": "Vergelijking van twee versies", "en": "Comparison of two versions"},
    "verg.oud": {"nl": "oud", "en": "old"},
    "verg.nieuw": {"nl": "nieuw", "en": "new"},
    "verg.advies": {"nl": "Advies", "en": "Advice"},
    "verg.advies_gelijk": {
        "nl": "Het advies is gelijk gebleven.",
        "en": "The advice is unchanged.",
    },
    "verg.advies_beter": {"nl": "Het advies is verbeterd.", "en": "The advice has improved."},
    "verg.advies_slechter": {
        "nl": "Het advies is verslechterd.",
        "en": "The advice has got worse.",
    },
    "verg.opgelost": {
        "nl": "Voorwaarden vervuld sinds de vorige versie",
        "en": "Conditions met since the previous version",
    },
    "verg.nieuw_of_erger": {"nl": "Voorwaarden nieuw of erger", "en": "Conditions new or worse"},
    "verg.verbeterd": {
        "nl": "Voorwaarden nog open, maar beter dan eerst",
        "en": "Conditions still open, but better than before",
    },
    "verg.niet_meer_voorlopig": {
        "nl": "Het advies is niet meer voorlopig.",
        "en": "The advice is no longer provisional.",
    },
    "verg.nu_voorlopig": {
        "nl": "Het advies is nu voorlopig.",
        "en": "The advice is now provisional.",
    },
    "verg.vervuld": {"nl": "vervuld", "en": "met"},
    "verg.voorlopig": {"nl": "voorlopig", "en": "provisional"},
    "verg.gewijzigd": {"nl": "Gewijzigde antwoorden", "en": "Changed answers"},
    "verg.geen": {"nl": "geen", "en": "none"},
    "verg.geen_wijziging": {
        "nl": "Geen verschil: hetzelfde advies, dezelfde open voorwaarden en dezelfde antwoorden.",
        "en": "No difference: the same advice, the same open conditions and the same answers.",
    },
    "verg.ander_pakket": {
        "nl": "Let op: de versies zijn beoordeeld met een ander regelpakket ({oud} en {nieuw}); "
        "een verschil kan uit de regels komen, niet uit het voorstel.",
        "en": "Note: the versions were judged with a different rule pack ({oud} and {nieuw}); "
        "a difference may come from the rules, not from the proposal.",
    },
    "verg.andere_titel": {
        "nl": "Let op: de versies hebben een andere titel ('{oud}' en '{nieuw}'); zijn het twee "
        "versies van hetzelfde voorstel?",
        "en": "Note: the versions have different titles ('{oud}' and '{nieuw}'); are they two "
        "versions of the same proposal?",
    },
    "comb.dubbel": {
        "nl": "{a} en {b} zijn gelijk (dezelfde antwoorden en dezelfde partij): telt één partij "
        "twee keer mee?",
        "en": "{a} and {b} are identical (the same answers and the same party): is one party "
        "counted twice?",
    },
    "verg.opgeslagen": {
        "nl": "Vergeleken zoals opgeslagen: van de antwoorden alleen wat een rapport toont "
        "(patiëntengroep, samenwerkingsvorm, financiering en, met toelichting, de randvoorwaarden).",
        "en": "Compared as saved: of the answers only what a report shows (patient group, form of "
        "collaboration, financing and, with notes, the preconditions).",
    },
    "verg.veld": {"nl": "veld", "en": "field"},
    "verg.niet_vergelijkbaar": {
        "nl": "Niet te vergelijken: alleen in het rapport van één versie (ander regelpakket)",
        "en": "Not comparable: only in the report of one version (another rule pack)",
    },
    "verg.niet_in_nieuw": {
        "nl": "niet in het rapport van de nieuwe versie ({pakket})",
        "en": "not in the report of the new version ({pakket})",
    },
    "verg.niet_in_oud": {
        "nl": "niet in het rapport van de oude versie ({pakket})",
        "en": "not in the report of the old version ({pakket})",
    },
    "verg.was": {"nl": "was", "en": "was"},
    "verg.wordt": {"nl": "nu", "en": "now"},
    # -- knelpunten --------------------------------------------------------------------------
    "knel.titel": {"nl": "Knelpunten in de regio", "en": "Bottlenecks in the region"},
    "knel.uitleg": {
        "nl": "Per ontbrekende voorwaarde: bij hoeveel van de {n} voorstellen ze ontbreekt, verdeeld over "
        "no-go, eerst regelen en daarna; de vaakst ontbrekende eerst.",
        "en": "Per missing condition: in how many of the {n} proposals it is missing, split into no-go, "
        "settle first and then; the most frequent first.",
    },
    "knel.randvoorwaarde": {"nl": "voorwaarde", "en": "condition"},
    "knel.totaal": {"nl": "totaal", "en": "total"},
    "knel.no_go": {"nl": "no-go", "en": "no-go"},
    "knel.eerst": {"nl": "eerst regelen", "en": "settle first"},
    "knel.daarna": {"nl": "daarna", "en": "then"},
    "knel.geen": {
        "nl": "Geen ontbrekende randvoorwaarden in deze voorstellen.",
        "en": "No missing preconditions in these proposals.",
    },
    "knel.per_groep": {"nl": "Advies per patiëntengroep", "en": "Advice per patient group"},
    "knel.groep": {"nl": "patiëntengroep", "en": "patient group"},
}


def tekst(key: str, taal: str = "nl", **kwargs: object) -> str:
    return opzoeken(TEKSTEN, key, taal, **kwargs)
