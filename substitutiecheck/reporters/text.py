"""``--format text``: the report a project lead reads. Advice and reason first, then what is
missing (blocking first, each with how to meet it and its source), then notes."""

from __future__ import annotations

import textwrap

from ..i18n import antwoord, tekst
from ..report import Bevinding, OntbrekendeVoorwaarde, Rapport
from . import Reporter


def click_unstyle(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)

WIDTH = 88
_COLOURS = {"go": "green", "voorwaardelijk": "yellow", "no-go": "red"}


class TextReporter(Reporter):
    def __post_init__(self) -> None:
        self._count = 0

    def _style(self, text: str, **kw) -> str:
        if not self.kleur:
            return text
        import click

        return click.style(text, **kw)

    def _wrap(self, text: str, indent: str, first: str = "") -> list[str]:
        """Wrap ``text`` at WIDTH; ``first`` (e.g. a coloured mark) starts the first line only."""
        lead = indent + (" " * (len(click_unstyle(first)) + 1) if first else "")
        lines = textwrap.wrap(text, WIDTH, initial_indent=lead, subsequent_indent=lead + "  ",
                              break_on_hyphens=False) or [lead]
        if first:
            lines[0] = indent + first + " " + lines[0][len(lead):]
        return lines

    def rapport(self, r: Rapport) -> None:
        taal = self.taal
        lines: list[str] = []
        if self._count:
            lines.append("")
            lines.append("-" * WIDTH)
        self._count += 1
        lines.append(self._style(r.titel or tekst("kop.zonder_titel", taal), bold=True))
        if r.invoer and r.invoer.bestand:
            where = r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
            lines.append(f"  ({where})")
        if r.regio:
            lines.append(r.regio)
        lines.append(f"{tekst('kop.patientgroep', taal)}: {r.categorie_naam}")
        if r.samenwerkingsvorm_naam:
            lines.append(f"{tekst('kop.samenwerkingsvorm', taal)}: {r.samenwerkingsvorm_naam}")
        lines.append(f"{tekst('kop.financiering', taal)}: {r.financiering_naam}")
        lines.append("")
        verdict = tekst(f"advies.{r.advies}", taal)
        lines.append(f"{tekst('kop.advies', taal)}: "
                     + self._style(verdict, fg=_COLOURS[r.advies], bold=True))
        lines.extend(self._wrap(r.reden, ""))

        lines.append("")
        missing = r.ontbrekende_randvoorwaarden
        if not missing:
            lines.append(tekst("kop.niets_ontbreekt", taal))
        else:
            lines.append(self._style(f"{tekst('kop.ontbreekt', taal)} ({len(missing)})", bold=True))
            blocking = [o for o in missing if o.ernst == "blokkerend"]
            kind = [o for o in missing if o.ernst != "blokkerend" and o.blokkerend]
            other = [o for o in missing if o.ernst != "blokkerend" and not o.blokkerend]
            for head, items in (("kop.blokkerend", blocking), ("kop.blokkerend_soort", kind),
                                ("kop.overig", other)):
                if items:
                    lines.append(f"  {tekst(head, taal)}:")
                    for o in items:
                        lines.extend(self._missing(o))
        notes = [b for b in r.bevindingen if b.ernst == "notitie"]
        if notes:
            lines.append("")
            lines.append(self._style(tekst("kop.notities", taal), bold=True))
            for b in notes:
                lines.extend(self._note(b))
        lines.append("")
        p = r.regelpakket
        extends = f", {tekst('regels.breidt_uit', taal)} {' > '.join(p.uitbreiding_van)}" if p.uitbreiding_van else ""
        lines.append(f"{tekst('kop.regelpakket', taal)}: {p.naam} {p.versie} ({p.hash}{extends})")
        self.out.write("\n".join(lines) + "\n")

    def _missing(self, o: OntbrekendeVoorwaarde) -> list[str]:
        taal = self.taal
        mark = self._style("✗", fg="red") if o.ernst == "blokkerend" else self._style("!", fg="yellow")
        head = f"{o.naam} [{o.id}] ({tekst('kop.antwoord', taal)}: {antwoord(o.antwoord, taal)})"
        out = self._wrap(head, "    ", mark)
        if o.advies:
            out.extend(self._wrap(f"{tekst('kop.hoe', taal)}: {o.advies}", "        "))
        out.extend(self._wrap(f"{tekst('kop.bron', taal)}: " + "; ".join(b.kort for b in o.bronnen), "        "))
        return out

    def _note(self, b: Bevinding) -> list[str]:
        taal = self.taal
        out = self._wrap(b.tekst, "  - ")
        if b.advies:
            out.extend(self._wrap(b.advies, "      "))
        out.extend(self._wrap(f"{tekst('kop.bron', taal)}: " + "; ".join(x.kort for x in b.bronnen), "      "))
        return out

    def einde(self) -> None:
        s = self.samenvatting
        if s.totaal > 1:
            self.out.write("\n" + "=" * WIDTH + "\n")
            self.out.write(tekst("samenvatting.regel", self.taal, totaal=s.totaal, go=s.go,
                                 voorwaardelijk=s.voorwaardelijk, nogo=s.nogo, fouten=s.fouten) + "\n")
