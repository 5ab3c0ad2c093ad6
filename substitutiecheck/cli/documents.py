"""Documents for other programs: ``schema`` (JSON Schema of a proposal or a report) and
``export`` (FHIR R4 Questionnaire and QuestionnaireResponse); and ``vragenlijst``, which writes a
proposal by asking for it."""

from __future__ import annotations

import json
import sys

import click

from ..errors import InvoerFout
from .edge import HulpGroup
from .help import HulpCommand
from .language import lang_option
from .output import Pad, UitvoerPad, output, refuse_input_as_output, regels_option


@click.command(cls=HulpCommand)
@click.option(
    "--rapport", is_flag=True, help="Het schema van een rapport in plaats van een voorstel."
)
@regels_option
@lang_option
def schema(rapport: bool, regels: str | None, taal: str) -> None:
    """Print het JSON Schema van een voorstel (of met --rapport: van een rapport).

    Elk veld en elke keuze heeft een naam en uitleg (title, description), in het Nederlands of
    met --lang en in het Engels: een editor die JSON Schema leest, vult dan aan en legt uit."""
    if rapport:
        from ..report import rapport_schema

        doc = rapport_schema(taal)
    else:
        from ..evaluation import resolve_pack
        from ..model import voorstel_schema

        doc = voorstel_schema(resolve_pack(regels), taal)
    click.echo(json.dumps(doc, ensure_ascii=False, indent=2))


@click.group(cls=HulpGroup)
@lang_option
def export(taal: str) -> None:  # noqa: ARG001 - the language is kept in the context for the commands
    """Exporteer de vragenlijst of voorstellen naar FHIR R4 (Questionnaire, QuestionnaireResponse)."""


@export.command("fhir")
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(voorbeeld=("vragenlijst.fhir.json", "questionnaire.fhir.json")),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar stdout.",
)
@regels_option
@lang_option
def export_fhir(uitvoer: str | None, regels: str | None, taal: str) -> None:
    """Print de vragenlijst van het actieve regelpakket als FHIR R4 Questionnaire (JSON).

    Met --lang en is de hoofdtekst Engels en de Nederlandse een vertaling."""
    from ..evaluation import resolve_pack
    from ..fhir import questionnaire

    doc = questionnaire(resolve_pack(regels), taal)
    with output(uitvoer) as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@export.command("fhir-antwoorden")
@click.argument("voorstel", metavar="VOORSTEL")
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(voorbeeld=("antwoorden.fhir.json", "answers.fhir.json")),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar stdout.",
)
@regels_option
@lang_option
def export_fhir_antwoorden(
    voorstel: str, uitvoer: str | None, regels: str | None, taal: str
) -> None:
    """Print een voorstel (JSON, of - voor stdin) als FHIR R4 QuestionnaireResponse bij de
    vragenlijst van 'export fhir'. JSON Lines (.jsonl) of een map geeft één response per regel.
    'substitutiecheck check' accepteert het resultaat en geeft hetzelfde advies."""
    from ..evaluation import resolve_pack
    from ..fhir import antwoorden
    from ..inputs import als_voorstel, iter_items

    refuse_input_as_output(uitvoer, [voorstel])
    pack = resolve_pack(regels)
    docs, lines = [], False
    for item in iter_items([voorstel]):
        if item.fout is not None:
            raise item.fout
        try:
            # our own output (a saved report): one line, as 'check' says it (a review)
            docs.append(antwoorden(als_voorstel(item.data, pack), pack, taal))
        except InvoerFout as e:
            raise e.met_bron(item.bron, item.regel) from None
        lines = lines or item.regel is not None
    lines = lines or len(docs) != 1  # several proposals (JSON Lines, a folder): one per line
    with output(uitvoer) as out:
        for doc in docs:
            out.write(
                (
                    json.dumps(doc, ensure_ascii=False)
                    if lines
                    else json.dumps(doc, ensure_ascii=False, indent=2)
                )
                + "\n"
            )


@export.command("formulier")
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(streepje=False, voorbeeld=("formulier.html", "form.html")),
    required=True,
    help="Het HTML-formulier (één bestand, werkt offline), atomair geschreven.",
)
@click.option(
    "--van",
    type=Pad(dir_okay=False),
    default=None,
    help="Een voorstel (JSON): titel, regio, patiëntengroep, vorm en financiering staan dan vast.",
)
@regels_option
@lang_option
def export_formulier(uitvoer: str, van: str | None, regels: str | None, taal: str) -> None:
    """Schrijf de vragenlijst als één HTML-formulier om in de browser in te vullen, zonder
    internet. 'Opslaan' geeft een FHIR QuestionnaireResponse (<voorstel>-<rol>.json) die
    'substitutiecheck check' leest als elk voorstel."""
    from pathlib import Path

    from ..evaluation import resolve_pack
    from ..formulier import formulier, lees_van

    pack = resolve_pack(regels)
    voorstel = None
    if van is not None:
        refuse_input_as_output(uitvoer, [van])
        voorstel = lees_van(van, pack)
    try:
        html = formulier(pack, taal, voorstel, basis=Path(van).stem if van else None)
    except InvoerFout as e:
        raise e.met_bron(van or "", None) from None
    with output(uitvoer) as out:
        out.write(html)


@click.command(cls=HulpCommand)
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(streepje=False, voorbeeld=("voorstel.json", "proposal.json")),
    required=True,
    help="Het voorstel (JSON); na elke vraag bijgewerkt. Bestaat het al, dan kunt u verdergaan.",
)
@click.option(
    "--van",
    type=Pad(dir_okay=False, exists=True),
    default=None,
    help="Herzie een bestaand voorstel: begin bij het overzicht met de antwoorden uit dit bestand.",
)
@click.option(
    "--rapport",
    "rapport_pad",
    type=UitvoerPad(streepje=False),
    default=None,
    help="Schrijf het rapport aan het eind ook naar dit bestand; het formaat volgt de extensie "
    "(.txt, .md, .html, .csv, .json, .jsonl).",
)
@click.option(
    "--rol",
    default=None,
    metavar="ROL",
    help="Wie de vragen beantwoordt (bijvoorbeeld huisarts, medisch_specialist, zorgverzekeraar); "
    "komt als 'respondent' in het voorstel, voor 'substitutiecheck combineer'.",
)
@regels_option
@lang_option
def vragenlijst(  # noqa: PLR0913 - click passes one parameter per option
    uitvoer: str,
    van: str | None,
    rapport_pad: str | None,
    rol: str | None,
    regels: str | None,
    taal: str,
) -> None:
    """Stel een voorstel interactief op (vraag voor vraag) en toon het advies.

    Elk antwoord wordt meteen opgeslagen; Ctrl-C stopt (exitcode 130) en bij een volgende start
    kunt u verdergaan. Zonder terminal: gebruik 'substitutiecheck check'.
    """
    from ..questionnaire.ui import main as run

    refuse_input_as_output(rapport_pad, [uitvoer, *([van] if van else [])])
    sys.exit(run(uitvoer, van, regels, taal, rapport_pad=rapport_pad, rol=rol))
