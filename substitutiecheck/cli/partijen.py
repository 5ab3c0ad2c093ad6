"""``substitutiecheck combineer`` and ``substitutiecheck vergelijk`` (issue 17): thin commands over
:mod:`substitutiecheck.combineren` and :mod:`substitutiecheck.vergelijken`; errors go through the
one handler (:mod:`.edge`).

Exit codes as ``check``: 0; 1 when the (combined, or new) advice is no-go (with ``--strikt`` also
'go onder voorwaarden'); 2 when an input is not valid (``combineer`` still combines the others).
"""

from __future__ import annotations

import io
import sys
from typing import Any

import click

from ..errors import InvoerFout, SubstitutiecheckFout, probleem
from ..exitstatus import ExitStatus
from ..i18n import HULP_EN
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

FORMATEN = ["text", "markdown", "html", "csv", "json"]


def _voorstel(data: Any, pack: Any) -> dict[str, Any]:
    """A validated proposal from what a file held (a proposal, or a FHIR QuestionnaireResponse
    as ``check`` reads it). Raises InvoerFout."""
    from ..inputs import als_voorstel
    from ..model import lees_voorstel

    return lees_voorstel(als_voorstel(data, pack), pack)


def _exit(advies: str, strikt: bool, had_error: bool) -> None:
    if had_error:
        sys.exit(ExitStatus.INPUT)
    if advies == "no-go" or (strikt and advies == "voorwaardelijk"):
        sys.exit(ExitStatus.NO_GO)


uitvoer_opties = [
    click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATEN),
        default=None,
        help="Uitvoerformaat; zonder --format kiest de extensie van -o het formaat (-o advies.html: "
        "html), anders text.",
    ),
    click.option(
        "--csv-scheiding",
        "scheiding",
        type=click.Choice([";", ","]),
        default=";",
        show_default=True,
        help="Scheidingsteken voor --format csv (';' voor Nederlandse Excel, ',' voor andere "
        "programma's).",
    ),
    click.option(
        "-o",
        "--uitvoer",
        type=UitvoerPad(),
        default=None,
        help="Schrijf het rapport naar dit bestand (atomair) in plaats van naar stdout.",
    ),
    click.option("--strikt", is_flag=True, help="Exitcode 1 ook bij 'go onder voorwaarden'."),
]


def _met_opties(f: Any) -> Any:
    for option in reversed(uitvoer_opties):
        f = option(f)
    return f


@click.command(cls=HulpCommand)
@click.argument("paden", nargs=-1, required=True, metavar="PAD...")
@_met_opties
@click.option(
    "--toelichting/--geen-toelichting",
    default=True,
    show_default=True,
    help="Neem de toelichting rond het gecombineerde advies op.",
)
@regels_option
@lang_option
def combineer(  # noqa: PLR0913 - click passes every option
    paden: tuple[str, ...],
    fmt: str | None,
    scheiding: str,
    uitvoer: str | None,
    strikt: bool,
    toelichting: bool,
    regels: str | None,
    taal: str,
) -> None:
    """Combineer de antwoorden van meerdere partijen op één voorstel tot één rapport.

    Per vraag ieders antwoord naast elkaar en het gecombineerde (standaard het voorzichtigste),
    het advies bij de gecombineerde antwoorden, en de verschillen van inzicht (ja tegenover nee
    eerst) met advies. Wie antwoordde staat in 'respondent' (vragenlijst --rol).

    Exitcode 0: geen no-go; 1: het gecombineerde advies is no-go (met --strikt ook bij go onder
    voorwaarden); 2: een bestand is ongeldig (de andere worden wel gecombineerd).
    """
    from ..combineren import combineer_modellen
    from ..evaluation import resolve_pack
    from ..inputs import iter_items
    from ..reporters import breedte_voor
    from ..reporters.combinatie import schrijf

    refuse_input_as_output(uitvoer, paden)
    fmt = formaat(fmt, uitvoer, FORMATEN)
    pack = resolve_pack(regels)
    warn_about(pack, regels, taal)
    modellen, bestanden, had_error = [], [], False
    for item in iter_items(paden):
        fout: SubstitutiecheckFout | None = item.fout
        if fout is None:
            try:
                modellen.append(_voorstel(item.data, pack))
                bestanden.append(item.bron + (f":{item.regel}" if item.regel else ""))
                continue
            except InvoerFout as e:
                fout = e.met_bron(item.bron, item.regel)
        print_error_lines(fout.regels(taal), taal)
        had_error = True
    if not modellen:
        raise InvoerFout(
            probleem("", "partijen.combineer_niets"),
            bestand=" ".join(paden),
        )
    c = combineer_modellen(modellen, pack, taal, toelichting, bestanden)
    waarschuw(list(c.waarschuwingen), taal)
    with output(uitvoer, newline="" if fmt == "csv" else None) as out:
        colour = uitvoer is None and fmt == "text" and out.isatty()
        schrijf(c, fmt, out, kleur=colour, breedte=breedte_voor(out), scheiding=scheiding)
    _exit(c.advies, strikt, had_error)


def _is_kop(data: Any) -> bool:
    """The header line of a JSON Lines run (``{"kop": {"rapportversie": 2, ...}}``)."""
    return isinstance(data, dict) and set(data) == {"kop"} and isinstance(data["kop"], dict)


def _met_tabellen(data: Any, tabellen: Any, pack: Any, taal: str) -> Any:
    """A saved report of version 2 with its ids resolved from the tables saved with it (a
    document's, a header line's); a damaged table: its entries where they hold, else the names
    of this pack (vergelijken resolves what is left). A report saved in another language than
    the comparison's by this very pack (its stamp's hash): from this pack's tables in the
    comparison's language (the same content; an English comparison showed Dutch names)."""
    import contextlib

    from ..report_tables import aangevuld, alleen_namen, pakket_tabellen, volledig

    if not isinstance(data, dict) or not isinstance(tabellen, dict):
        return data
    stempel = data.get("regelpakket")
    if data.get("taal") != taal and isinstance(stempel, dict) and stempel.get("hash") == pack.hash:
        with contextlib.suppress(KeyError, TypeError):
            return volledig(data, pakket_tabellen(pack, taal))
    try:
        return volledig(data, tabellen)
    except (KeyError, TypeError):
        taal = str(data.get("taal") or "nl")
        reserve = alleen_namen(pakket_tabellen(pack, taal))
        with contextlib.suppress(KeyError, TypeError, AttributeError):
            return volledig(data, aangevuld(tabellen, reserve), streng=False)
    return data


def _lees_versie(pad: str, pack: Any, taal: str) -> tuple[Any, str]:
    """A proposal (validated) or a saved report (as saved) from one file. Raises InvoerFout."""
    from ..inputs import iter_items
    from ..opgeslagen import geen_andere_uitvoer, is_rapport

    items = list(iter_items([pad]))
    kop = None  # a saved JSON Lines run of one proposal: its header line, then its report
    if len(items) == 2 and items[0].fout is None and _is_kop(items[0].data):
        kop, items = items[0].data["kop"], items[1:]
    if len(items) != 1:
        raise InvoerFout(
            probleem("", "partijen.vergelijk_een", n=len(items)),
            bestand=pad,
        )
    item = items[0]
    if item.fout is not None:
        raise item.fout
    data = item.data
    if isinstance(data, dict) and "rapporten" in data and "samenvatting" in data:
        rapporten = data["rapporten"]  # 'check --format json': one report, as saved
        if not isinstance(rapporten, list) or len(rapporten) != 1:
            n = len(rapporten) if isinstance(rapporten, list) else 0
            raise InvoerFout(
                probleem("rapporten", "partijen.vergelijk_een", n=n),
                bestand=pad,
            )
        data = rapporten[0]
        if "rapportversie" in item.data:  # version 2: ids, the texts in the document's tables
            data = _tabellen_van(pad, data, item.data, pack, taal, "rapporten[0]")
    elif kop is not None:
        data = _tabellen_van(pad, data, kop, pack, taal, "")
    try:
        geen_andere_uitvoer(data)  # a combined report read as a version
    except InvoerFout as e:
        raise e.met_bron(pad) from None
    if is_rapport(data):
        if not isinstance(data, dict) or not isinstance(
            data.get("ontbrekende_randvoorwaarden"), list
        ):
            raise InvoerFout(
                probleem("", "partijen.geen_rapport"),
                bestand=pad,
            )
        return data, pad
    try:
        return _voorstel(data, pack), pad
    except InvoerFout as e:
        raise e.met_bron(pad) from None


@click.command(cls=HulpCommand)
@click.argument("oud", metavar="OUD")
@click.argument("nieuw", metavar="NIEUW")
@_met_opties
@regels_option
@lang_option
def vergelijk(  # noqa: PLR0913 - click passes every option
    oud: str,
    nieuw: str,
    fmt: str | None,
    scheiding: str,
    uitvoer: str | None,
    strikt: bool,
    regels: str | None,
    taal: str,
) -> None:
    """Vergelijk twee versies van één voorstel: het advies voor en na, vervulde voorwaarden,
    nieuwe of ergere voorwaarden en gewijzigde antwoorden.

    OUD en NIEUW zijn voorstellen (opnieuw beoordeeld met hetzelfde pakket) of opgeslagen
    JSON-rapporten van één voorstel (check --format json; vergeleken zoals opgeslagen).

    Exitcode 0: de nieuwe versie is geen no-go; 1: wel (met --strikt ook bij go onder
    voorwaarden); 2: een bestand is ongeldig.
    """
    from ..evaluation import resolve_pack
    from ..reporters import breedte_voor
    from ..reporters.vergelijking import schrijf
    from ..vergelijken import vergelijk as doe_vergelijk

    refuse_input_as_output(uitvoer, [oud, nieuw])
    fmt = formaat(fmt, uitvoer, FORMATEN)
    pack = resolve_pack(regels)
    warn_about(pack, regels, taal)
    versies, had_error = [], False
    for pad in (oud, nieuw):
        try:
            versies.append(_lees_versie(pad, pack, taal))
        except InvoerFout as e:
            print_error_lines(e.regels(taal), taal)
            had_error = True
    if had_error:
        sys.exit(ExitStatus.INPUT)
    (a, pa), (b, pb) = versies
    try:
        c = doe_vergelijk(a, b, regels=pack, taal=taal, bestanden=(pa, pb))
        schrijf(c, fmt, io.StringIO(), scheiding=scheiding)  # a damaged field fails here, not
    except BESCHADIGD as e:  # half-way through the output: a saved report edited by hand
        raise _beschadigd(versies, e, pack, taal, fmt) from None
    with output(uitvoer, newline="" if fmt == "csv" else None) as out:
        colour = uitvoer is None and fmt == "text" and out.isatty()
        schrijf(c, fmt, out, kleur=colour, breedte=breedte_voor(out), scheiding=scheiding)
    _exit(c.nieuw.advies, strikt, False)


BESCHADIGD = (KeyError, TypeError, ValueError, AttributeError, IndexError)
"""What reading a saved report that lacks a field or holds the wrong kind of value raises."""


def _tabellen_van(pad: str, data: Any, doc: Any, pack: Any, taal: str, plek: str) -> Any:
    """The saved report with the texts of its document's tables; a report or a table damaged by
    hand (a name that is a list, say) is an input error naming the file and field, not an
    internal one (``plek``: where the report stands in the file)."""
    from ..opgeslagen import rapport_problemen

    fouten = rapport_problemen(data, plek) if isinstance(data, dict) else []
    if fouten:
        raise InvoerFout(fouten, bestand=pad)
    try:
        return _met_tabellen(data, doc, pack, taal)
    except BESCHADIGD:
        raise InvoerFout(probleem("", "vergelijk.rapport_beschadigd"), bestand=pad) from None


def _beschadigd(
    versies: list[tuple[Any, str]], e: Exception, pack: Any, taal: str, fmt: str
) -> Exception:
    """The input error for a comparison that failed on a damaged saved report: names the file
    (the saved report that fails compared with itself); any other failure stays ours."""
    from ..evaluation import evaluate
    from ..opgeslagen import is_rapport
    from ..reporters.vergelijking import schrijf
    from ..vergelijken import vergelijk as doe_vergelijk

    # against itself (every answer the same) and against a proposal with every condition open
    # (each of its conditions then differs and is written out: a damaged 'ernst' compared with
    # itself is never shown; an adversarial test)
    open_ = evaluate({"patientgroep": {"categorie": "overig"}}, pack, taal).naar_dict(volledig=True)
    bad = None
    for data, pad in versies:
        if not is_rapport(data):
            continue
        try:
            for a, b in ((data, data), (open_, data), (data, open_)):
                zelf = doe_vergelijk(a, b, regels=pack, taal=taal, bestanden=(pad, pad))
                schrijf(zelf, fmt, io.StringIO())
        except BESCHADIGD:
            bad = pad
            break
    if bad is None:  # no saved report fails on its own: the failure is ours (exit 3)
        return e
    if isinstance(e, KeyError) and e.args and "." not in str(e.args[0]):  # not a text's key
        return InvoerFout(
            probleem("", "vergelijk.veld_ontbreekt", veld=str(e.args[0])), bestand=bad
        )
    return InvoerFout(probleem("", "vergelijk.rapport_beschadigd"), bestand=bad)


HULP_EN_COMBINEER = (
    "Combine the answers of several parties to one proposal into one report.\n\n"
    "Per question every party's answer side by side and the combined one (by default the most\n"
    "cautious), the advice for the combined answers, and the differences of view (yes against no\n"
    "first) with advice. Who answered is in 'respondent' (vragenlijst --rol).\n\n"
    "Exit code 0: no no-go; 1: the combined advice is no-go (with --strikt also for go with\n"
    "conditions); 2: a file is not valid (the others are still combined)."
)
HULP_EN_VERGELIJK = (
    "Compare two versions of one proposal: the advice before and after, conditions met,\n"
    "conditions new or worse, and changed answers.\n\n"
    "OLD and NEW are proposals (judged again with the same pack) or saved JSON reports of one\n"
    "proposal (check --format json; compared as saved).\n\n"
    "Exit code 0: the new version is not no-go; 1: it is (with --strikt also for go with\n"
    "conditions); 2: a file is not valid."
)


def _registreer() -> None:
    import inspect

    HULP_EN[inspect.cleandoc(combineer.help or "")] = HULP_EN_COMBINEER
    HULP_EN[inspect.cleandoc(vergelijk.help or "")] = HULP_EN_VERGELIJK
    HULP_EN["Neem de toelichting rond het gecombineerde advies op."] = (
        "Include the notes around the combined advice."
    )


_registreer()
