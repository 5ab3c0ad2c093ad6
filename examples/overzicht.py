"""``make voorbeelden``: check the shipped example proposals and show a short overview.

One line per example (advice, file, title) plus the totals on stdout; the full reports go to one
HTML file whose path is printed last. An example from a region that has its own rule pack here
is checked against that pack (``REGIOPAKKETTEN``), so the examples show a regional pack at work.

Exit code as ``substitutiecheck check``: 0 no no-go, 1 at least one no-go, 2 an invalid example.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from substitutiecheck.errors import InvoerFout
from substitutiecheck.evaluation import evaluate, resolve_pack
from substitutiecheck.fileio import atomic_writer
from substitutiecheck.i18n import tekst
from substitutiecheck.inputs import als_voorstel, iter_items
from substitutiecheck.reporters.html import HtmlReporter

HIER = Path(__file__).resolve().parent
REGIOPAKKETTEN = {"Twente": HIER / "regio-twente"}
"""Regions with their own (example) rule pack: their proposals are checked against it."""


def _kort(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", nargs="?", default=str(HIER / "voorstellen"))
    parser.add_argument("--html", default="build/voorbeelden.html", help="full reports (HTML)")
    parser.add_argument("--lang", dest="taal", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    taal = args.taal

    root = Path(args.map)
    packs = {regio: resolve_pack(map_) for regio, map_ in REGIOPAKKETTEN.items()}
    landelijk = resolve_pack(None)
    html = Path(args.html)
    html.parent.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []
    had_error = False
    with atomic_writer(str(html)) as out:
        reporter = HtmlReporter(out=out, taal=taal)
        for item in iter_items([str(root)]):
            where = str(Path(item.bron).relative_to(root)) + (
                f":{item.regel}" if item.regel else ""
            )
            fout = item.fout
            if fout is None:
                regio = item.data.get("regio") if isinstance(item.data, dict) else None
                pack = packs.get(regio, landelijk)
                try:
                    voorstel = als_voorstel(item.data, pack)
                    rapport = evaluate(voorstel, pack, taal).met_invoer(item.bron, item.regel)
                except InvoerFout as e:
                    fout = e.met_bron(item.bron, item.regel)
                else:
                    reporter.samenvatting.tel(rapport)
                    reporter.rapport(rapport)
                    titel = _kort(rapport.titel or tekst("kop.zonder_titel", taal), 44)
                    extra = f" [{pack.naam}]" if pack is not landelijk else ""
                    advies = tekst(f"advies.{rapport.advies}", taal)
                    if rapport.voorlopig:
                        advies += f" ({tekst('voorlopig.kort', taal)})"
                    rows.append((advies, where, titel + extra))
                    continue
            had_error = True
            reporter.samenvatting.tel_fout()
            reporter.fout(fout)
            rows.append((tekst("kop.fouten", taal).upper(), where, fout.regels(taal)[0]))
        reporter.einde()
    width = max((len(w) for _, w, _ in rows), default=0)
    s = reporter.samenvatting
    regios = ", ".join(f"{regio}: {_toon(p.map)}" for regio, p in packs.items())
    print(tekst("voorbeelden.kop", taal, map=_toon(root), regios=regios))
    advies_w = max((len(a) for a, _, _ in rows), default=0)
    for advies, where, wat in rows:
        print(f"  {advies:<{advies_w}}  {where:<{width}}  {wat}")
    print(s.regel(taal))
    print(tekst("voorbeelden.rapporten", taal, pad=_toon(html)))
    return 2 if had_error else 1 if s.nogo else 0


def _toon(path: Path) -> str:
    """A path as short as it can be: relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
