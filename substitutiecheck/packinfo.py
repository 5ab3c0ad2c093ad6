"""What ``substitutiecheck regels`` shows about a pack: lists and explanations as lines of text.
Renders only; the CLI prints."""

from __future__ import annotations

from .conditions import beschrijf
from .errors import RegelpakketFout, melding, probleem
from .i18n import TEKSTEN, t, tekst
from .pack import Regel, Regelpakket
from .pack.items import Categorie, Element, Randvoorwaarde, Uitsluiting
from .suggest import closest, hint


def _ernst(regel: Regel, taal: str) -> str:
    text = tekst(f"ernst.{regel.ernst}", taal)
    if regel.blokkerend_als is not None and regel.ernst_blokkerend != regel.ernst:
        text += " " + tekst(
            "regels.blokkerend_als", taal, conditie=beschrijf(regel.blokkerend_als, taal)
        )
    return text


def regel_lijst(pack: Regelpakket, taal: str = "nl") -> list[str]:
    lines = [
        f"{tekst('kop.regelpakket', taal)}: {pack.naam} {pack.versie} ({pack.hash})"
        + (
            f" — {tekst('regels.breidt_uit', taal)} {' > '.join(pack.uitbreiding_van)}"
            if pack.uitbreiding_van
            else ""
        ),
        t(pack.titel, taal),
        "",
    ]
    width = max(len(r.id) for r in pack.regels)
    for r in pack.regels:
        bronnen = ", ".join(pack.bron_tekst(b, "kort", taal) for b in r.bron)
        keuze = (
            f"  ({tekst('regels.productkeuze_lijst', taal)})"
            if any(pack.is_productkeuze(b) for b in r.bron)
            else ""
        )
        lines.append(f"{r.id:<{width}}  {_ernst(r, taal)}{keuze}")
        lines.append(f"{'':<{width}}  {t(r.naam, taal)} [{bronnen}]")
    lines.append("")
    lines.append(tekst("regels.aantal", taal, n=len(pack.regels)))
    return lines


def _item_for(
    pack: Regelpakket, regel: Regel
) -> Randvoorwaarde | Uitsluiting | Categorie | Element | None:
    collections: dict[str, tuple[Randvoorwaarde | Uitsluiting | Categorie | Element, ...]] = {
        "randvoorwaarde": pack.randvoorwaarden,
        "uitsluiting": pack.uitsluitingen,
        "categorie": pack.categorieen,
        "samenwerking": pack.elementen,
    }
    for item in collections.get(regel.soort, ()):
        if item.id == regel.onderwerp:
            return item
    return None


def regel_uitleg(pack: Regelpakket, rid: str, taal: str = "nl") -> list[str]:
    regel = pack.regels_by_id.get(rid)
    if regel is None:
        # the id a proposal uses ('ict') names the rule about it ('randvoorwaarde.ict')
        subject = [r.id for r in pack.regels if r.onderwerp == rid]
        close = subject[0] if subject else closest(rid, pack.regels_by_id, cutoff=0.5)
        raise RegelpakketFout(
            probleem(
                "",
                "regel.onbekend",
                regel=rid,
                hint=hint(close) if close else melding("hint.zie_regels"),
            )
        )
    item = _item_for(pack, regel)
    lines = [
        regel.id,
        f"  {tekst('regels.naam', taal)}: {t(regel.naam, taal)}",
        f"  {tekst('regels.vuurt_als', taal)}: {beschrijf(regel.als, taal)}",
        f"  {tekst('regels.ernst', taal)}: {_ernst(regel, taal)}",
        f"  {tekst('regels.bevinding', taal)}: {t(regel.tekst, taal)}",
    ]
    if isinstance(item, Randvoorwaarde):
        lines.append(f"  {tekst('regels.vraag', taal)}: {t(item.vraag, taal)}")
        lines.append(f"  {tekst('regels.waarom', taal)}: {t(item.toelichting, taal)}")
    if regel.advies:
        lines.append(f"  {tekst('kop.hoe', taal)}: {t(regel.advies, taal)}")
    lines.append(f"  {tekst('kop.bron', taal)}:")
    for b in regel.bron:
        mark = f" [{tekst('regels.productkeuze_kort', taal)}]" if pack.is_productkeuze(b) else ""
        lines.append(
            f"    - {pack.bron_tekst(b, 'kort', taal)}{mark}: {pack.bron_tekst(b, 'titel', taal)}"
        )
    if any(pack.is_productkeuze(b) for b in regel.bron):
        lines.append(f"  {tekst('regels.productkeuze', taal)}")
    return lines


def id_secties(
    pack: Regelpakket, taal: str = "nl"
) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
    """Every id a proposal uses, from the pack's proposal contract (so it cannot drift): per
    section (field path, heading, meaning, [(id, display name, one line of meaning)])."""
    from .errors import json_pad
    from .model import Veld, contract

    out: list[tuple[str, str, str, list[tuple[str, str, str]]]] = []

    def walk(veld: Veld, loc: tuple[str, ...]) -> None:
        answers = []
        for v in veld.velden:
            if v.keuze_teksten:
                titel, uitleg = v.tekst(taal)
                out.append(
                    (
                        json_pad(loc + (v.naam,)),
                        titel,
                        uitleg,
                        [
                            (k, t(naam, taal), t(betekenis, taal))
                            for k, naam, betekenis in v.keuze_teksten
                        ],
                    )
                )
            elif v.soort == "keuze":
                answers.append(v)
            elif v.soort == "object":
                walk(v, loc + (v.naam,))
        if answers:
            keuzes = " / ".join(answers[0].keuzes)
            titel = (
                tekst(f"ids.{loc[-1]}", taal)
                if f"ids.{loc[-1]}" in TEKSTEN
                else veld.tekst(taal)[0]
            )
            out.append(
                (
                    json_pad(loc + ("<id>",)),
                    titel,
                    tekst("ids.antwoorden", taal, keuzes=keuzes),
                    [(a.naam, *a.tekst(taal)) for a in answers],
                )
            )

    walk(contract(pack), ())
    return out


def id_lijst(pack: Regelpakket, taal: str = "nl", breedte: int = 88) -> list[str]:
    """``substitutiecheck regels ids``: the id reference as lines of text."""
    import textwrap

    lines = [tekst("ids.kop", taal, naam=pack.naam, versie=pack.versie), tekst("ids.schema", taal)]
    for pad, titel, uitleg, items in id_secties(pack, taal):
        lines += [
            "",
            f"{pad} — {titel}",
            *textwrap.wrap(uitleg, breedte, initial_indent="  ", subsequent_indent="  "),
        ]
        width = max(len(k) for k, _, _ in items) + 2
        for k, naam, betekenis in items:
            lines.append(f"  - {k:<{width}}{naam}")
            lines += textwrap.wrap(
                betekenis,
                breedte,
                initial_indent=" " * (width + 4),
                subsequent_indent=" " * (width + 4),
            )
    return lines


def id_markdown(pack: Regelpakket, taal: str = "nl") -> str:
    """The id reference as a Markdown page (docs/ids.md; a test keeps it up to date)."""
    from .reporters.markdown import md

    out = [
        f"# {tekst('ids.titel', taal)}",
        "",
        tekst("ids.kop", taal, naam=pack.naam, versie=pack.versie)
        + " "
        + tekst("ids.gegenereerd", taal),
        "",
        tekst("ids.schema", taal),
        "",
    ]
    for pad, titel, uitleg, items in id_secties(pack, taal):
        out += [
            f"## `{pad}`: {md(titel)}",
            "",
            md(uitleg),
            "",
            f"| id | {tekst('ids.naam', taal)} | {tekst('ids.betekenis', taal)} |",
            "|---|---|---|",
        ]
        out += [f"| `{k}` | {md(naam)} | {md(betekenis)} |" for k, naam, betekenis in items]
        out.append("")
    return "\n".join(out)
