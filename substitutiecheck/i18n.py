"""Texts a person reads that are not part of a rule pack: report headings, verdicts, CLI messages.

Dutch is the default; every key has an English text too (a test checks this).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .texts_cli import TEKSTEN_CLI
from .texts_report import TEKSTEN_RAPPORT

if TYPE_CHECKING:  # pragma: no cover
    import re

Tekst = Mapping[str, str]
"""A text in two languages, {'nl': ..., 'en': ...} (a rule pack's texts)."""


def t(tekst: Tekst | None, taal: str) -> str:
    """Pick the language from a {'nl': ..., 'en': ...} text (Dutch when the language is absent)."""
    if not tekst:
        return ""
    return tekst.get(taal) or tekst["nl"]


TEKSTEN: dict[str, dict[str, str]] = {**TEKSTEN_RAPPORT, **TEKSTEN_CLI}
"""Every text of the program's own, by key ('kop.advies', 'cli.gestopt')."""


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
    (
        "Toon elk id dat een voorstel gebruikt, met naam en betekenis: patiëntengroepen,\n"
        "uitsluitingen, randvoorwaarden, samenwerkingsvormen en financieringsroutes."
    ): (
        "Show every id a proposal uses, with name and meaning: patient groups, exclusions,\n"
        "preconditions, forms of collaboration and financing routes."
    ),
    "Uitvoerformaat (markdown: de pagina docs/ids.md).": (
        "Output format (markdown: the page docs/ids.md)."
    ),
    (
        "Toon de bronnen van het pakket met hun id: een JSON-rapport noemt een bron bij dat id; de\n"
        "titels staan één keer per document, in de tabel 'bronnen'."
    ): (
        "Show the pack's sources with their ids: a JSON report names a source by that id; the\n"
        "titles are printed once per document, in the table 'bronnen'."
    ),
    "Uitvoerformaat (json: de tabel 'bronnen' van een JSON-rapport).": (
        "Output format (json: the table 'bronnen' of a JSON report)."
    ),
    (
        "Substitutiecheck: is deze patiëntengroep geschikt voor substitutie van zorg\n"
        "(van ziekenhuis naar huisarts), en zo nee, wat ontbreekt er nog?"
    ): (
        "Substitutiecheck: is this patient group suited to move from the hospital to the GP\n"
        "(substitution of care), and if not yet, what is still missing?"
    ),
    (
        "Controleer voorstellen: bestanden, mappen (recursief), - voor stdin, en JSON Lines (.jsonl).\n"
        "\n"
        "Exitcode 0: geen no-go; 1: minstens één no-go (met --strikt ook bij go onder voorwaarden);\n"
        "2: ongeldige invoer of gebruik (de geldige voorstellen worden wel gerapporteerd); 130: "
        "afgebroken;\n"
        "141: de lezer van de uitvoer stopte (bijvoorbeeld | head).\n"
        "\n"
        "Formaten: text, markdown, html (één bestand met grafieken, werkt offline), csv (één regel "
        "per\n"
        "voorstel; UTF-8 met BOM; ongeldige invoer staat er als regel met de fout in kolom 'fout' en\n"
        "ook op stderr), json en jsonl (ongeldige invoer ook daar: in 'fouten', als regel 'fout')."
    ): (
        "Check proposals: files, folders (recursively), - for stdin, and JSON Lines (.jsonl).\n"
        "\n"
        "Exit code 0: no no-go; 1: at least one no-go (with --strikt also for go with conditions);\n"
        "2: invalid input or usage (the valid proposals are still reported); 130: interrupted;\n"
        "141: the reader of the output stopped (for example | head).\n"
        "\n"
        "Formats: text, markdown, html (one file with charts, works offline), csv (one row per\n"
        "proposal; UTF-8 with BOM; invalid input is a row with the error in column 'error' and also\n"
        "on stderr), json and jsonl (invalid input there too: in 'fouten', as a line 'fout')."
    ),
    "Uitvoerformaat.": "Output format.",
    (
        "Uitvoerformaat; zonder --format kiest de extensie van -o het formaat (-o advies.html: html), anders text."
    ): (
        "Output format; without --format the extension of -o chooses it (-o advies.html: html), else text."
    ),
    "Grootste invoer per document en per JSON Lines-regel, in MB.": (
        "Largest input per document and per JSON Lines line, in MB."
    ),
    "Scheidingsteken voor --format csv (';' voor Nederlandse Excel, ',' voor andere programma's).": (
        "Separator for --format csv (';' for Dutch Excel, ',' for other programs)."
    ),
    "Schrijf het rapport naar dit bestand (atomair) in plaats van naar stdout.": (
        "Write the report to this file (atomically) instead of stdout."
    ),
    "Exitcode 1 ook bij 'go onder voorwaarden'.": "Exit code 1 also for 'go with conditions'.",
    (
        "Neem de toelichting rond het advies op (samenwerkingsvormen, financiering, draagvlak, Kaats & "
        "Opheij). --geen-toelichting maakt grote JSON-batches kleiner en sneller."
    ): (
        "Include the notes around the advice (forms of collaboration, financing, patient support, "
        "Kaats & Opheij). --geen-toelichting makes big JSON batches smaller and faster."
    ),
    (
        "Aantal processen voor een grote batch (0: één per processorkern; hoogstens 4 per kern en "
        "nooit meer dan er werk is)."
    ): (
        "Number of processes for a big batch (0: one per processor core; at most 4 per core and never "
        "more than there is work for)."
    ),
    "Voortgangsbalk op stderr (alleen op een terminal).": (
        "Progress bar on stderr (on a terminal only)."
    ),
    "Map met een (regionaal) regelpakket; standaard het landelijke pakket.": (
        "Folder with a (regional) rule pack; the national pack by default."
    ),
    "Taal van de uitvoer / language of the output.": "Language of the output (nl or en).",
    "Taal voor alle commando's / language for every command.": (
        "Language for every command (nl or en)."
    ),
    "Toon de regels van het actieve pakket; valideer of test een (regionaal) pakket.": (
        "Show the rules of the active pack; validate or test a (regional) pack."
    ),
    "Leg één regel uit: wat hij controleert, waarom, het advies en de bron.": (
        "Explain one rule: what it checks, why, the advice and the source."
    ),
    (
        "Controleer een pakketmap: schema, dubbele ids, onbekende velden en ids, wijzigingen van\n"
        "ids die niet bestaan, condities die nooit of altijd waar zijn, en het scenariobestand.\n"
        "Zonder MAP: de map van 'regels --regels', anders het landelijke pakket."
    ): (
        "Check a pack folder: schema, duplicate ids, unknown fields and ids, changes to ids that\n"
        "don't exist, conditions that never or always hold, and the scenario file.\n"
        "Without MAP: the folder of 'regels --regels', else the national pack."
    ),
    (
        "Draai de scenario's van een pakket (scenarios.json): verwacht advies en ontbrekende ids.\n"
        "\n"
        "Exitcode 0: alles geslaagd; 1: een scenario mislukt; 2: pakket of scenario's ongeldig."
    ): (
        "Run the scenarios of a pack (scenarios.json): expected advice and missing ids.\n"
        "\n"
        "Exit code 0: all passed; 1: a scenario failed; 2: pack or scenarios invalid."
    ),
    (
        "Print het JSON Schema van een voorstel (of met --rapport: van een rapport).\n"
        "\n"
        "Elk veld en elke keuze heeft een naam en uitleg (title, description), in het Nederlands of\n"
        "met --lang en in het Engels: een editor die JSON Schema leest, vult dan aan en legt uit."
    ): (
        "Print the JSON Schema of a proposal (or with --rapport: of a report).\n"
        "\n"
        "Every field and choice has a name and meaning (title, description), in Dutch or with\n"
        "--lang en in English: an editor that reads JSON Schema then completes and explains."
    ),
    "Het schema van een rapport in plaats van een voorstel.": (
        "The schema of a report instead of a proposal."
    ),
    "Exporteer de vragenlijst of voorstellen naar FHIR R4 (Questionnaire, QuestionnaireResponse).": (
        "Export the questionnaire or proposals to FHIR R4 (Questionnaire, QuestionnaireResponse)."
    ),
    (
        "Print de vragenlijst van het actieve regelpakket als FHIR R4 Questionnaire (JSON).\n"
        "\n"
        "Met --lang en is de hoofdtekst Engels en de Nederlandse een vertaling."
    ): (
        "Print the questionnaire of the active rule pack as a FHIR R4 Questionnaire (JSON).\n"
        "\n"
        "With --lang en the main text is English and the Dutch one a translation."
    ),
    "Schrijf naar dit bestand (atomair) in plaats van naar stdout.": (
        "Write to this file (atomically) instead of stdout."
    ),
    (
        "Print een voorstel (JSON, of - voor stdin) als FHIR R4 QuestionnaireResponse bij de\n"
        "vragenlijst van 'export fhir'. JSON Lines (.jsonl) of een map geeft één response per regel.\n"
        "'substitutiecheck check' accepteert het resultaat en geeft hetzelfde advies."
    ): (
        "Print a proposal (JSON, or - for stdin) as a FHIR R4 QuestionnaireResponse to the\n"
        "questionnaire of 'export fhir'. JSON Lines (.jsonl) or a folder gives one response per line.\n"
        "'substitutiecheck check' accepts the result and gives the same advice."
    ),
    (
        "Schrijf de vragenlijst als één HTML-formulier om in de browser in te vullen, zonder\n"
        "internet. 'Opslaan' geeft een FHIR QuestionnaireResponse (<voorstel>-<rol>.json) die\n"
        "'substitutiecheck check' leest als elk voorstel."
    ): (
        "Write the questionnaire as one HTML form to fill in in a browser, without the\n"
        "internet. 'Save' gives a FHIR QuestionnaireResponse (<proposal>-<role>.json) that\n"
        "'substitutiecheck check' reads like any proposal."
    ),
    "Het HTML-formulier (één bestand, werkt offline), atomair geschreven.": (
        "The HTML form (one file, works offline), written atomically."
    ),
    "Een voorstel (JSON): titel, regio, patiëntengroep, vorm en financiering staan dan vast.": (
        "A proposal (JSON): its title, region, patient group, form and financing are then fixed."
    ),
    (
        "Stel een voorstel interactief op (vraag voor vraag) en toon het advies.\n"
        "\n"
        "Elk antwoord wordt meteen opgeslagen; Ctrl-C stopt (exitcode 130) en bij een volgende start\n"
        "kunt u verdergaan. Zonder terminal: gebruik 'substitutiecheck check'."
    ): (
        "Draw up a proposal interactively (question by question) and show the advice.\n"
        "\n"
        "Every answer is saved at once; Ctrl-C stops (exit code 130) and the next start can carry\n"
        "on. Without a terminal: use 'substitutiecheck check'."
    ),
    "Het voorstel (JSON); na elke vraag bijgewerkt. Bestaat het al, dan kunt u verdergaan.": (
        "The proposal (JSON); updated after every question. If it exists, you can carry on."
    ),
    "Herzie een bestaand voorstel: begin bij het overzicht met de antwoorden uit dit bestand.": (
        "Revise an existing proposal: start at the overview with the answers from this file."
    ),
    (
        "Schrijf het rapport aan het eind ook naar dit bestand; het formaat volgt de extensie (.txt, "
        ".md, .html, .csv, .json, .jsonl)."
    ): (
        "Also write the report to this file at the end; the format follows the extension (.txt, .md, "
        ".html, .csv, .json, .jsonl)."
    ),
    (
        "Wie de vragen beantwoordt (bijvoorbeeld huisarts, medisch_specialist, zorgverzekeraar); "
        "komt als 'respondent' in het voorstel, voor 'substitutiecheck combineer'."
    ): (
        "Who answers the questions (for example huisarts, medisch_specialist, zorgverzekeraar); "
        "stored as 'respondent' in the proposal, for 'substitutiecheck combineer'."
    ),
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


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if c in _KORT:
        return _KORT[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
