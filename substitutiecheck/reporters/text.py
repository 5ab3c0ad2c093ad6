"""``--format text``: the report a project lead reads. Advice and reason first, then what is
missing (blocking first, then per DOMAIN §3 group, each with how to meet it and its source), then
the notes around the verdict (forms that fit, financing, patient support, collaboration)."""

from __future__ import annotations

from ..errors import InvoerFout
from ..i18n import tekst, zichtbaar
from ..report import Bevinding, OntbrekendeVoorwaarde, Rapport
from . import Reporter
from .common import antwoord_van, notities, per_laag, voorlopig, waarom
from .text_bronnen import lijst_regels
from .text_toelichting import TextNotes
from .text_wrap import WIDTH, TextLines, _Wrapper, click_unstyle, enkel_wit

__all__ = ["WIDTH", "TextLines", "TextReporter", "_Wrapper", "click_unstyle"]

_COLOURS = {"go": "green", "voorwaardelijk": "yellow", "no-go": "red"}
FOUTEN_MAX = 200
"""Inputs that could not be checked, listed by name in the summary (the rest counted)."""


class TextReporter(Reporter, TextNotes):
    """Writes each report as it comes (a fragment, its lines of sources resolved in input order:
    text_bronnen), the summary of a batch, and the list of sources at the very end."""

    fragments = True

    def __post_init__(self) -> None:
        self._count = 0
        self._bronnen_begin()
        self._fouten: list[str] = []
        """The lines of the first FOUTEN_MAX inputs that could not be checked"""
        self._fouten_meer = 0

    def fout(self, fout: InvoerFout) -> None:
        """Listed at the end, as markdown and html do (a text report written with -o named how
        many inputs were invalid, not which: they were on stderr only)."""
        if len(self._fouten) < FOUTEN_MAX:
            self._fouten.extend(fout.regels(self.taal))
        else:
            self._fouten_meer += 1

    def rapport(self, r: Rapport) -> None:
        self.rapport_tekst(self.fragment(r))

    def rapport_tekst(self, fragment: str) -> None:
        text = self._los_op(fragment)
        if self._count:
            text = "\n" + "-" * self.breedte + "\n" + text
        self._count += 1
        self.out.write(text)

    def fragment(self, r: Rapport) -> str:
        """The report's text, its lines of sources as placeholders (text_bronnen)."""
        taal = self.taal
        lines: list[str] = []
        lines.extend(
            self._style(line, bold=True)
            for line in self._wrap(
                enkel_wit(r.titel or "", alles=True) or tekst("kop.zonder_titel", taal), ""
            )
        )
        if r.invoer and r.invoer.bestand:
            where = r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
            lines.append(f"  ({zichtbaar(where)})")
        if r.regio:
            lines.extend(self._wrap(f"{tekst('kop.regio', taal)}: {r.regio}", ""))
        lines.extend(self._wrap(f"{tekst('kop.patientgroep', taal)}: {r.categorie_naam}", ""))
        if r.omschrijving:  # None when blank (evaluation._omschrijving)
            omschrijving = f"{tekst('kop.omschrijving', taal)}: {r.omschrijving}"
            lines.extend(self._wrap(omschrijving, ""))
        if r.samenwerkingsvorm_naam:
            lines.extend(
                self._wrap(
                    f"{tekst('kop.samenwerkingsvorm', taal)}: {r.samenwerkingsvorm_naam}",
                    "",
                )
            )
        lines.extend(self._wrap(f"{tekst('kop.financiering', taal)}: {r.financiering_naam}", ""))
        lines.append("")
        verdict = tekst(f"advies.{r.advies}", taal)
        extra = voorlopig(r, taal)
        head = self._wrap(
            f"{tekst('kop.advies', taal)}: {verdict}" + (f" ({extra})" if extra else ""),
            "",
        )
        head[0] = head[0].replace(
            verdict, self._style(verdict, fg=_COLOURS[r.advies], bold=True), 1
        )
        lines.extend(head)
        lines.extend(self._wrap(r.reden, ""))

        lines.append("")
        missing = r.ontbrekende_randvoorwaarden
        if not missing:
            lines.append(tekst("kop.niets_ontbreekt", taal))
        else:
            lines.append(self._style(f"{tekst('kop.ontbreekt', taal)} ({len(missing)})", bold=True))
            for tier, parts in per_laag(r, taal):  # each heading once: tier, then its groups
                lines.extend(self._wrap(f"{tier}:", "  "))
                for naam, items in parts:
                    indent = "    " if naam is None else "      "
                    if naam is not None:
                        lines.extend(self._wrap(f"{naam}:", "    "))
                    for o in items:
                        lines.extend(self._missing(o, indent, waarom(r, o)))
        if r.toelichting is not None:
            lines.extend(self.toelichting(r.toelichting, r.categorie_naam))
        notes = notities(r)
        if notes:
            lines.append("")
            lines.append(self._style(tekst("kop.notities", taal), bold=True))
            for b in notes:
                lines.extend(self._note(b))
        lines.append("")
        p = r.regelpakket
        extends = (
            f", {tekst('regels.breidt_uit', taal)} {' > '.join(p.uitbreiding_van)}"
            if p.uitbreiding_van
            else ""
        )
        lines.extend(
            self._wrap(
                f"{tekst('kop.regelpakket', taal)}: {p.naam} {p.versie} ({p.hash}{extends})",
                "",
            )
        )
        return self._definities() + "\n".join(lines) + "\n"

    def _missing(
        self, o: OntbrekendeVoorwaarde, indent: str = "    ", reden: str | None = None
    ) -> list[str]:
        taal = self.taal
        mark = (
            self._style("✗", fg="red") if o.ernst == "blokkerend" else self._style("!", fg="yellow")
        )
        waarde = antwoord_van(o, taal)
        head = f"{o.naam} [{o.id}]" + (f" ({waarde})" if waarde else "")
        out = self._wrap(head, indent, mark)
        if reden:
            out.extend(self._wrap(f"{tekst('kop.waarom', taal)}: {reden}", indent + "    "))
        if o.advies:
            out.extend(self._wrap(f"{tekst('kop.hoe', taal)}: {o.advies}", indent + "    "))
        return out + self._bron(o.bronnen, indent + "    ")

    def _note(self, b: Bevinding) -> list[str]:
        out = self._wrap(b.tekst, "  - ")
        if b.advies:
            out.extend(self._wrap(b.advies, "      "))
        return out + self._bron(b.bronnen, "      ")

    def _fouten_regels(self) -> list[str]:
        lines = ["", self._style(tekst("kop.fouten", self.taal) + ":", bold=True)]
        for line in self._fouten:
            lines.extend(self._wrap(zichtbaar(line, wit=True), "  - "))
        if self._fouten_meer:
            lines.extend(self._wrap(tekst("kop.fouten_meer", self.taal, n=self._fouten_meer), "  "))
        return lines

    def einde(self) -> None:
        s = self.samenvatting
        if s.totaal > 1:
            self.out.write("\n" + "=" * self.breedte + "\n")
            lines = self._wrap(s.regel(self.taal), "")
            # per proposal the advice and what is missing, in the three tiers of the detail above
            if s.overzicht:
                lines.extend(self._wrap(tekst("kop.laag_legenda", self.taal), ""))
            width = max(
                (len(tekst(f"advies.{a}", self.taal)) for a, *_ in s.overzicht),
                default=0,
            )
            for advies, titel, tellingen, plek in s.overzicht:
                counts = " / ".join(map(str, tellingen))
                titel = titel or " ".join(
                    filter(None, (tekst("kop.zonder_titel", self.taal), plek))
                )
                row = f"  {tekst(f'advies.{advies}', self.taal).ljust(width)}  {counts:<9}  "
                lines.extend(
                    _Wrapper(
                        self.breedte,
                        subsequent_indent=" " * len(row),
                        break_on_hyphens=False,
                    ).wrap(row + enkel_wit(zichtbaar(titel, wit=True), alles=True))
                )
            meer = s.totaal - s.fouten - len(s.overzicht)
            if meer > 0:
                lines.extend(
                    self._wrap(
                        tekst("kop.en_meer_1" if meer == 1 else "kop.en_meer", self.taal, n=meer),
                        "  ",
                    )
                )
            knelpunten = s.knelpunten()
            if knelpunten is not None:  # the region's bottlenecks (issue 17)
                from .knelpunten import text_regels

                lines.extend(text_regels(knelpunten, self.taal, self.breedte))
            self.out.write("\n".join(lines) + "\n")
        if self._fouten:
            self.out.write("\n".join(self._fouten_regels()) + "\n")
        if self.lijst_schrijven and len(self.bronnenlijst):  # each cited source once, at the end
            regels = lijst_regels(self.bronnenlijst, self.taal, self.breedte)
            regels[1] = self._style(regels[1], bold=True)
            self.out.write("\n".join(regels) + "\n")
