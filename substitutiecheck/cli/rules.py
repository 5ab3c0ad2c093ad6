"""``substitutiecheck regels``: show, explain, validate and test a rule pack."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..exitstatus import ExitStatus
from ..i18n import tekst, zichtbaar
from .edge import HulpGroup
from .language import lang_option, sub_lang_option
from .output import Pad, regels_optie, regels_option


@click.group(cls=HulpGroup, invoke_without_command=True)
@regels_option
@lang_option
@click.pass_context
def regels(ctx: click.Context, regels: str | None, taal: str) -> None:
    """Toon de regels van het actieve pakket; valideer of test een (regionaal) pakket."""
    ctx.obj = {"regels": regels, "taal": taal}
    if ctx.invoked_subcommand is None:
        from ..evaluation import resolve_pack
        from ..packinfo import regel_lijst

        click.echo(zichtbaar("\n".join(regel_lijst(resolve_pack(regels), taal)), wit=True))


sub_regels_option = regels_optie("sub_regels")
"""``--regels`` after the subcommand as well as before it (``regels toon ID --regels MAP``: a
user trial and two adversarial tests typed it there and got 'onbekende optie')."""


@regels.command("toon")
@click.argument("regel_id", metavar="ID")
@sub_regels_option
@sub_lang_option
@click.pass_obj
def regels_toon(
    obj: dict[str, Any], regel_id: str, sub_regels: str | None, sub_taal: str | None
) -> None:
    """Leg één regel uit: wat hij controleert, waarom, het advies en de bron."""
    from ..evaluation import resolve_pack
    from ..packinfo import regel_uitleg

    click.echo(
        zichtbaar(
            "\n".join(
                regel_uitleg(
                    resolve_pack(sub_regels or obj["regels"]), regel_id, sub_taal or obj["taal"]
                )
            ),
            wit=True,
        )
    )


@regels.command("ids")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="Uitvoerformaat (markdown: de pagina docs/ids.md).",
)
@sub_regels_option
@sub_lang_option
@click.pass_obj
def regels_ids(obj: dict[str, Any], fmt: str, sub_regels: str | None, sub_taal: str | None) -> None:
    """Toon elk id dat een voorstel gebruikt, met naam en betekenis: patiëntengroepen,
    uitsluitingen, randvoorwaarden, samenwerkingsvormen en financieringsroutes."""
    from ..evaluation import resolve_pack
    from ..packinfo import id_lijst, id_markdown

    pack, taal = resolve_pack(sub_regels or obj["regels"]), sub_taal or obj["taal"]
    click.echo(id_markdown(pack, taal) if fmt == "markdown" else "\n".join(id_lijst(pack, taal)))


@regels.command("bronnen")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Uitvoerformaat (json: de tabel 'bronnen' van een JSON-rapport).",
)
@sub_regels_option
@sub_lang_option
@click.pass_obj
def regels_bronnen(
    obj: dict[str, Any], fmt: str, sub_regels: str | None, sub_taal: str | None
) -> None:
    """Toon de bronnen van het pakket met hun id: een JSON-rapport noemt een bron bij dat id; de
    titels staan één keer per document, in de tabel 'bronnen'."""
    from ..evaluation import resolve_pack
    from ..report_tables import pakket_tabellen
    from ..reporters.bronnenlijst import SOORTEN

    pack, taal = resolve_pack(sub_regels or obj["regels"]), sub_taal or obj["taal"]
    bronnen = pakket_tabellen(pack, taal)["bronnen"]
    if fmt == "json":
        import json

        doc = {"regelpakket": pack.stempel, "taal": taal, "bronnen": bronnen}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    stamp = f"{pack.naam} {pack.versie}"
    lines = [tekst("regels.bronnen_kop", taal, pakket=stamp, n=len(bronnen))]
    for bid, b in bronnen.items():
        soort = b["soort"]  # as the reports name it; its id ('seed') is the JSON table's
        naam = tekst(f"bron.soort.{soort}", taal) if soort in SOORTEN else soort
        details = [tekst("regels.bron_soort", taal, soort=naam)]
        if b.get("periode"):
            details.append(tekst("regels.bron_periode", taal, periode=b["periode"]))
        lines += ["", f"{bid}: {b['kort']}", f"  {'; '.join(details)}", f"  {b['titel']}"]
    click.echo(zichtbaar("\n".join(lines), wit=True))


@regels.command("valideer")
@click.argument("map", type=Pad(file_okay=False), required=False)
@sub_lang_option
@click.pass_obj
def regels_valideer(obj: dict[str, Any], map: str | None, sub_taal: str | None) -> None:
    """Controleer een pakketmap: schema, dubbele ids, onbekende velden en ids, wijzigingen van
    ids die niet bestaan, condities die nooit of altijd waar zijn, en het scenariobestand.
    Zonder MAP: de map van 'regels --regels', anders het landelijke pakket."""
    from pathlib import Path

    from ..errors import RegelpakketFout
    from ..pack import laad_regelpakket, waarschuwingen
    from ..resources import data_dir
    from ..scenarios import SCENARIO_FILE, controleer_scenarios, laad_scenarios

    taal = sub_taal or obj["taal"]
    if map is None:  # 'regels --regels P valideer' said "'MAP' ontbreekt" (an adversarial test)
        map = obj["regels"] or str(data_dir("rules"))
    pack = laad_regelpakket(map)
    scenarios = laad_scenarios(Path(map))
    problems = waarschuwingen(pack) + controleer_scenarios(
        scenarios, pack, str(Path(map) / SCENARIO_FILE)
    )
    if problems:
        raise RegelpakketFout(problems, bestand=map)
    click.echo(
        zichtbaar(
            tekst(
                "regels.geldig",
                taal,
                naam=pack.naam,
                versie=pack.versie,
                hash=pack.hash,
                regels=len(pack.regels),
                rv=len(pack.randvoorwaarden),
                sc=len(scenarios),
            )
        )
    )


@regels.command("test")
@click.argument("map", type=Pad(file_okay=False), required=False)
@sub_lang_option
@click.pass_obj
def regels_test(obj: dict[str, Any], map: str | None, sub_taal: str | None) -> None:
    """Draai de scenario's van een pakket (scenarios.json): verwacht advies en ontbrekende ids.

    Exitcode 0: alles geslaagd; 1: een scenario mislukt; 2: pakket of scenario's ongeldig."""
    from pathlib import Path

    from ..errors import RegelpakketFout, probleem
    from ..pack import laad_regelpakket
    from ..resources import data_dir
    from ..scenarios import SCENARIO_FILE, draai_scenario, laad_scenarios

    taal = sub_taal or obj["taal"]
    folder = Path(map) if map else (Path(obj["regels"]) if obj["regels"] else data_dir("rules"))
    pack = laad_regelpakket(folder)
    scenarios = laad_scenarios(folder)
    if not scenarios:
        raise RegelpakketFout(
            probleem("", "regels.geen_scenarios"), bestand=str(folder / SCENARIO_FILE)
        )
    failed = 0
    for scenario in scenarios:
        uitkomst = draai_scenario(scenario, pack)
        if uitkomst.geslaagd:
            click.echo(click.style("✓", fg="green") + f" {zichtbaar(uitkomst.naam_in(taal))}")
        else:
            failed += 1
            click.echo(click.style("✗", fg="red") + f" {zichtbaar(uitkomst.naam_in(taal))}")
            for verschil in uitkomst.verschillen:
                click.echo("    " + zichtbaar(f"{verschil.pad}: {verschil.bericht(taal)}"))
    click.echo(tekst("regels.test_samenvatting", taal, ok=len(scenarios) - failed, fout=failed))
    if failed:
        sys.exit(ExitStatus.NO_GO)
