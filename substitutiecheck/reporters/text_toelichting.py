"""The notes around the verdict in the text format (common.NotesWriter walks them)."""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import antwoord, tekst, zichtbaar
from ..report import (
    BronVerwijzing,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    FinancieringsAdvies,
    Kernvoorwaarde,
    PassendeVorm,
    Samenwerkingsprofiel,
    Toelichting,
)
from .common import (
    STAND,
    NotesWriter,
    bronnen_kort,
    doel_regel,
    kernvoorwaarde_regels,
    plannen_regel,
    status_kop,
    vorm_markering,
    vormen_kop,
    vormen_leeg,
)
from .text_wrap import TextLines


class TextNotes(TextLines, NotesWriter[str]):
    """Each part of the notes as lines of text."""

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
