"""``--format text``: the report a project lead reads. Advice and reason first, then what is
missing (blocking first, then per DOMAIN §3 group, each with how to meet it and its source), then
the notes around the verdict (forms that fit, financing, patient support, collaboration)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from ..i18n import antwoord, tekst, zichtbaar
from ..report import (
    Bevinding,
    BronVerwijzing,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    FinancieringsAdvies,
    Kernvoorwaarde,
    OntbrekendeVoorwaarde,
    PassendeVorm,
    Rapport,
    Samenwerkingsprofiel,
    Toelichting,
)
from . import Reporter
from .common import (
    STAND,
    NotesWriter,
    bronnen_kort,
    doel_regel,
    kernvoorwaarde_regels,
    notities,
    per_laag,
    plannen_regel,
    status_kop,
    voorlopig,
    vorm_markering,
    vormen_kop,
    vormen_leeg,
)


def click_unstyle(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


WIDTH = 88


class _Wrapper(textwrap.TextWrapper):
    """textwrap's wrapping, in linear time. textwrap breaks a word longer than the line by taking
    one line's worth off its front and keeping the rest as a new string each time: a 10 MB title
    without spaces took 21 s (quadratic). Here the rest is cut into full lines at once, which gives
    the very same lines (every later piece starts a fresh continuation line of the same width)."""

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        chunk = reversed_chunks[-1]
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)
        rest = reversed_chunks[-1] if reversed_chunks else ""
        line = self.width - len(self.subsequent_indent)
        if (
            width >= 1 and line >= 1 and chunk[:1] != " " and line < len(rest) < len(chunk)
        ):  # a word, begun here
            reversed_chunks[-1:] = [rest[i : i + line] for i in range(0, len(rest), line)][::-1]


_COLOURS = {"go": "green", "voorwaardelijk": "yellow", "no-go": "red"}


class TextReporter(Reporter, NotesWriter[str]):
    streaming = True

    def __post_init__(self) -> None:
        self._count = 0

    def _style(self, text: str, **kw) -> str:
        if not self.kleur:
            return text
        import click

        return click.style(text, **kw)

    def _wrap(self, text: str, indent: str, first: str = "") -> list[str]:
        """Wrap ``text`` at self.breedte; ``first`` (e.g. a coloured mark) starts the first line only."""
        lead = indent + (" " * (len(click_unstyle(first)) + 1) if first else "")
        rest = " " * len(lead) + "  "  # continuation lines: never repeat a bullet
        text = zichtbaar(
            text, wit=True
        )  # control characters shown, never obeyed (wrapping folds \n)
        lines = _Wrapper(
            self.breedte,
            initial_indent=lead,
            subsequent_indent=rest,
            break_on_hyphens=False,
        ).wrap(text) or [lead]
        if first:
            lines[0] = indent + first + " " + lines[0][len(lead) :]
        return lines

    def rapport(self, r: Rapport) -> None:
        taal = self.taal
        lines: list[str] = []
        if self._count:
            lines.append("")
            lines.append("-" * self.breedte)
        self._count += 1

        lines.extend(
            self._style(line, bold=True)
            for line in self._wrap(r.titel or tekst("kop.zonder_titel", taal), "")
        )
        if r.invoer and r.invoer.bestand:
            where = r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
            lines.append(f"  ({zichtbaar(where)})")
        if r.regio:
            lines.extend(self._wrap(f"{tekst('kop.regio', taal)}: {r.regio}", ""))
        lines.extend(self._wrap(f"{tekst('kop.patientgroep', taal)}: {r.categorie_naam}", ""))
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
                        lines.extend(self._missing(o, indent))
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
        self.out.write("\n".join(lines) + "\n")

    def _missing(self, o: OntbrekendeVoorwaarde, indent: str = "    ") -> list[str]:
        taal = self.taal
        mark = (
            self._style("✗", fg="red") if o.ernst == "blokkerend" else self._style("!", fg="yellow")
        )
        extra = (
            f"; {tekst('kop.blokkerend_bij', taal, antwoord=antwoord(o.blokkeert_bij, taal))}"
            if o.blokkeert_bij and o.ernst != "blokkerend"
            else ""
        )
        head = f"{o.naam} [{o.id}] ({tekst('kop.antwoord', taal)}: {antwoord(o.antwoord, taal)}{extra})"
        out = self._wrap(head, indent, mark)
        if o.advies:
            out.extend(self._wrap(f"{tekst('kop.hoe', taal)}: {o.advies}", indent + "    "))
        out.extend(
            self._wrap(
                f"{tekst('kop.bron', taal)}: " + "; ".join(b.kort for b in o.bronnen),
                indent + "    ",
            )
        )
        return out

    def _head(self, key: str, **kw) -> list[str]:
        return [
            "",
            *(self._style(line, bold=True) for line in self._wrap(tekst(key, self.taal, **kw), "")),
        ]

    # -- the notes around the verdict (common.NotesWriter walks them) ---------------------------
    def stand(self, tl: Toelichting) -> list[str]:
        taal = self.taal
        out = self._head("kop.stand")
        rows = [
            (
                zichtbaar(g.naam),
                ", ".join(f"{getattr(g, a)} {tekst('stand.' + a, taal)}" for a in STAND),
            )
            for g in tl.randvoorwaarden_per_groep
        ]
        width = max((len(naam) for naam, _ in rows), default=0)
        longest = max((len(counts) for _, counts in rows), default=0)
        gap = next((n for n in (2, 1) if 2 + width + n + longest <= self.breedte), None)
        for naam, counts in rows:
            if gap is not None:
                out.append(f"  {naam.ljust(width)}{' ' * gap}{counts}")
            else:  # a narrow terminal: the counts under the name
                out.append(f"  {naam}")
                out.extend(self._wrap(counts, "    "))
        return out

    def vormen(self, tl: Toelichting, groep: str) -> list[str]:
        taal = self.taal
        out = [
            "",
            *(self._style(line, bold=True) for line in self._wrap(vormen_kop(tl, groep, taal), "")),
        ]
        leeg = vormen_leeg(tl, groep, taal)
        if leeg:
            out.extend(self._wrap(leeg, "  "))
        if tl.koppeling_bronnen:
            out.extend(
                self._wrap(
                    f"{tekst('kop.koppeling', taal)}: {bronnen_kort(tl.koppeling_bronnen)}",
                    "  ",
                )
            )
        for v in tl.samenwerkingsvormen:
            out.extend(self._vorm(v, groep))
        return out

    def _vorm(self, v: PassendeVorm, groep: str) -> list[str]:
        taal = self.taal
        mark = vorm_markering(v, groep, taal)
        mark = f" [{mark}]" if mark else ""
        out = self._wrap(f"{v.naam}{mark} ({v.soort_naam})", "  - ")
        ind = "      "
        out.extend(
            self._wrap(
                f"{status_kop(v, taal)}: {v.status or tekst('kop.niet_vermeld', taal)}",
                ind,
            )
        )
        if v.waar:
            out.extend(self._wrap(f"{tekst('kop.waar', taal)}: {v.waar}", ind))
        for aim in ("kwaliteit", "gezondheid", "kosten"):
            val = getattr(v.triple_aim, aim) or tekst("kop.niet_vermeld", taal)
            out.extend(self._wrap(f"{tekst('aim.' + aim, taal)}: {val}", ind))
        if v.noot:
            out.extend(self._wrap(v.noot, ind))
        return out + self._bron(v.bronnen, ind)

    def _alineas(self, lines: Iterable[str | None], bronnen: Iterable[BronVerwijzing]) -> list[str]:
        """Paragraphs (empty ones left out), then the sources."""
        out = [x for line in lines if line for x in self._wrap(line, "  ")]
        return out + self._bron(bronnen)

    def _bron(self, bronnen: Iterable[BronVerwijzing], indent: str = "  ") -> list[str]:
        return self._wrap(f"{tekst('kop.bron', self.taal)}: {bronnen_kort(bronnen)}", indent)

    def triple_aim(self, ta: EigenTripleAim) -> list[str]:
        taal = self.taal
        out = self._head("kop.triple_aim_voorstel")
        for d in ta.doelen:
            out.extend(self._wrap(doel_regel(d, ta.vorm_naam, taal), "  - "))
        plannen = plannen_regel(ta, taal) if ta.plannen else None
        return out + self._alineas([plannen, ta.uitleg, ta.advies], ta.bronnen)

    def eerste_lijn(self, el: EersteLijn) -> list[str]:
        sd = el.sociaal_domein
        return (
            self._head("kop.eerste_lijn")
            + self._wrap(el.tekst, "  ")
            + self._alineas(
                [
                    f"{sd.naam}: {antwoord(sd.antwoord, self.taal)}" if sd is not None else None,
                    el.sociaal_domein_advies,
                    el.uitleg,
                ],
                el.bronnen,
            )
        )

    def financiering(self, f: FinancieringsAdvies) -> list[str]:
        out = self._head("kop.financieringsroute") + self._wrap(f.tekst, "  ")
        for route in f.passend:
            out.extend(
                self._wrap(
                    route.naam + (f": {route.toelichting}" if route.toelichting else ""),
                    "  - ",
                )
            )
        return out + self._alineas([f.algemeen], f.bronnen)

    def draagvlak(self, d: Draagvlak) -> list[str]:
        taal = self.taal
        out = self._head("kop.draagvlak")
        for line in (
            d.tekst,
            d.gelijke_expertise.tekst if d.gelijke_expertise else None,
            d.samenvatting,
        ):
            if line:
                out.extend(self._wrap(line, "  "))
        for key, items in (
            ("kop.voorkeur_huisarts", d.voorkeur_huisarts),
            ("kop.voorkeur_specialist", d.voorkeur_specialist),
        ):
            if items:
                out.extend(
                    self._wrap(
                        f"{tekst(key, taal)}: "
                        + ", ".join(f"{x.percentage}% {x.tekst}" for x in items),
                        "  ",
                    )
                )
        return out + self._wrap(d.advies, "  ") + self._bron(d.bronnen)

    def samenwerking(self, kv: Kernvoorwaarde | None, sp: Samenwerkingsprofiel | None) -> list[str]:
        taal = self.taal
        out = self._head("kop.samenwerking")
        if kv is not None:
            for line in kernvoorwaarde_regels(kv, taal):
                out.extend(self._wrap(line, "  "))
            if kv.advies:
                out.extend(self._wrap(kv.advies, "  ", self._style("!", fg="yellow")))
            out.extend(self._bron(kv.bronnen))
        if sp is None:
            return out + self._wrap(tekst("kop.samenwerking_leeg", taal), "  ")
        head = tekst("kop.zwak" if sp.zwak else "kop.niet_zwak", taal)
        out.append("  " + self._style(head, fg="yellow" if sp.zwak else "green", bold=True))
        namen = [zichtbaar(e.naam) for e in sp.elementen]
        width = max(len(naam) for naam in namen)
        for naam, e in zip(namen, sp.elementen, strict=True):
            out.append(f"  - {naam.ljust(width)}  {antwoord(e.antwoord, taal)}")
            if e.antwoord in ("nee", "deels"):
                out.extend(
                    self._wrap(
                        f"{tekst('kop.faalsignalen', taal)}: {', '.join(e.faal)}",
                        "      ",
                    )
                )
        out.extend(self._wrap(sp.advies, "  ", self._style("!", fg="yellow") if sp.zwak else ""))
        if sp.basis:
            out.extend(self._wrap(f"\u201c{sp.basis}\u201d", "  "))
        return out + self._wrap(sp.drempel, "  ") + self._bron(sp.bronnen)

    def _note(self, b: Bevinding) -> list[str]:
        taal = self.taal
        out = self._wrap(b.tekst, "  - ")
        if b.advies:
            out.extend(self._wrap(b.advies, "      "))
        out.extend(
            self._wrap(
                f"{tekst('kop.bron', taal)}: " + "; ".join(x.kort for x in b.bronnen),
                "      ",
            )
        )
        return out

    def einde(self) -> None:
        s = self.samenvatting
        if s.totaal > 1:
            self.out.write("\n" + "=" * self.breedte + "\n")
            lines = self._wrap(s.regel(self.taal), "")
            # per proposal the advice and what is missing, in the three tiers of the detail above
            if s.overzicht:
                lines.extend(self._wrap(tekst("kop.laag_legenda", self.taal), ""))
            width = max(
                (len(tekst(f"advies.{a}", self.taal)) for a, _, _ in s.overzicht),
                default=0,
            )
            for advies, titel, tellingen in s.overzicht:
                counts = " / ".join(map(str, tellingen))
                titel = titel or tekst("kop.zonder_titel", self.taal)
                row = f"  {tekst(f'advies.{advies}', self.taal).ljust(width)}  {counts:<9}  "
                lines.extend(
                    _Wrapper(
                        self.breedte,
                        subsequent_indent=" " * len(row),
                        break_on_hyphens=False,
                    ).wrap(row + zichtbaar(titel, wit=True))
                )
            if len(s.overzicht) < s.totaal - s.fouten:
                lines.extend(
                    self._wrap(
                        tekst(
                            "kop.en_meer",
                            self.taal,
                            n=s.totaal - s.fouten - len(s.overzicht),
                        ),
                        "  ",
                    )
                )
            knelpunten = s.knelpunten()
            if knelpunten is not None:  # the region's bottlenecks (issue 17)
                from .knelpunten import text_regels

                lines.extend(text_regels(knelpunten, self.taal, self.breedte))
            self.out.write("\n".join(lines) + "\n")
