"""``substitutiecheck check``: proposals in, reports out."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..exitstatus import ExitStatus
from ..i18n import tekst
from .edge import print_error_lines
from .help import HulpCommand
from .language import lang_option
from .output import (
    UitvoerPad,
    formaat,
    output,
    refuse_input_as_output,
    regels_option,
    waarschuw,
    warn_about,
)
from .params import EindigGetal

FORMATEN = ["text", "markdown", "html", "csv", "json", "jsonl"]


@click.command(cls=HulpCommand)
@click.argument("paden", nargs=-1, required=True, metavar="PAD...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATEN),
    default=None,
    help="Uitvoerformaat; zonder --format kiest de extensie van -o het formaat (-o advies.html: "
    "html), anders text.",
)
@click.option(
    "--csv-scheiding",
    "scheiding",
    type=click.Choice([";", ","]),
    default=";",
    show_default=True,
    help="Scheidingsteken voor --format csv (';' voor Nederlandse Excel, ',' voor andere programma's).",
)
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(),
    default=None,
    help="Schrijf het rapport naar dit bestand (atomair) in plaats van naar stdout.",
)
@click.option("--strikt", is_flag=True, help="Exitcode 1 ook bij 'go onder voorwaarden'.")
@click.option(
    "--toelichting/--geen-toelichting",
    default=True,
    show_default=True,
    help="Neem de toelichting rond het advies op (samenwerkingsvormen, financiering, draagvlak, "
    "Kaats & Opheij). --geen-toelichting maakt grote JSON-batches kleiner en sneller.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0, max=1024),
    default=1,
    show_default=True,
    help="Aantal processen voor een grote batch (0: één per processorkern; hoogstens 4 per kern "
    "en nooit meer dan er werk is).",
)
@click.option(
    "--voortgang/--geen-voortgang",
    default=True,
    show_default=True,
    help="Voortgangsbalk op stderr (alleen op een terminal).",
)
@click.option(
    "--max-grootte",
    "max_mb",
    # at most 1 GB: a larger limit is no limit on this tool's memory (a line is read whole)
    type=EindigGetal(min=0, min_open=True, max=1024),
    default=8,
    show_default=True,
    metavar="MB",
    help="Grootste invoer per document en per JSON Lines-regel, in MB.",
)
@regels_option
@lang_option
def check(  # noqa: PLR0913 - click passes one parameter per option
    paden: tuple[str, ...],
    fmt: str | None,
    scheiding: str,
    uitvoer: str | None,
    strikt: bool,
    toelichting: bool,
    jobs: int,
    voortgang: bool,
    max_mb: float,
    regels: str | None,
    taal: str,
) -> None:
    """Controleer voorstellen: bestanden, mappen (recursief), - voor stdin, en JSON Lines (.jsonl).

    Exitcode 0: geen no-go; 1: minstens één no-go (met --strikt ook bij go onder voorwaarden);
    2: ongeldige invoer of gebruik (de geldige voorstellen worden wel gerapporteerd); 130: afgebroken;
    141: de lezer van de uitvoer stopte (bijvoorbeeld | head).

    Formaten: text, markdown, html (één bestand met grafieken, werkt offline), csv (één regel per
    voorstel; UTF-8 met BOM; ongeldige invoer staat er als regel met de fout in kolom 'fout' en
    ook op stderr), json en jsonl (ongeldige invoer ook daar: in 'fouten', als regel 'fout').
    """
    from ..batch import ProgressBar, tel_invoer, verwerk
    from ..evaluation import resolve_pack
    from ..inputs import Eerder, iter_items
    from ..reporters import breedte_voor, reporter_by_name

    refuse_input_as_output(uitvoer, paden)
    fmt = formaat(fmt, uitvoer, FORMATEN)
    pack = resolve_pack(regels)
    warn_about(pack, regels, taal)
    # on a terminal's stderr only, and not while the reports themselves scroll over that terminal
    naar_terminal = uitvoer in (None, "-") and sys.stdout.isatty()
    bar = ProgressBar(taal=taal, aan=None if voortgang and not naar_terminal else False)
    if bar.aan:
        bar.totaal = tel_invoer(paden)
    with output(uitvoer) as out, bar:
        colour = uitvoer is None and fmt == "text" and out.isatty()
        extra: dict[str, Any] = {"scheiding": scheiding} if fmt == "csv" else {}
        reporter = reporter_by_name(fmt)(
            out=out, taal=taal, kleur=colour, breedte=breedte_voor(out), **extra
        )
        eerder = Eerder()
        had_error = verwerk(
            iter_items(paden, rauw=jobs != 1, max_mb=max_mb, eerder=eerder),
            reporter,
            fmt=fmt,
            regels=regels,
            pack=pack,
            taal=taal,
            jobs=jobs,
            voortgang=bar,
            toelichting=toelichting,
            bij_fout=lambda fout: print_error_lines(fout.regels(taal), taal),
        )
        reporter.einde()
    dubbel = [
        tekst("cli.dubbel_zelfde" if a == b else "cli.dubbel_bestand", taal, pad=a, eerder=b)
        for a, b in eerder.dubbel
    ]
    waarschuw(list(dict.fromkeys(dubbel)), taal)
    s = reporter.samenvatting
    if had_error:
        sys.exit(ExitStatus.INPUT)
    if s.nogo or (strikt and s.voorwaardelijk):
        sys.exit(ExitStatus.NO_GO)
