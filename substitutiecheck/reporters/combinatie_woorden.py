"""Words for a combined report's cells that more than one format shows (text, markdown, html)."""

from __future__ import annotations

from ..combinatie import Element, Vraag
from ..texts_partners import tekst

__all__ = ["oordeel_samenwerking"]


def oordeel_samenwerking(el: Element, v: Vraag, taal: str) -> str:
    """Whether a Kaats & Opheij element holds in every party's eyes, in words: 'yes' only when
    all say yes; the same other answer from all is named (a unanimous 'deels' is no disagreement,
    as 'not in every party's eyes' alone suggested), else not every party says yes."""
    if el.in_ieders_ogen:
        return tekst("comb.ieder_ja", taal)
    gegeven = set(el.antwoorden.values())
    if len(gegeven) == 1 and None not in gegeven:
        (a,) = gegeven
        assert a is not None
        if a == "onbekend":
            return tekst("comb.niemand_weet", taal)
        return tekst("comb.ieder_zelfde", taal, antwoord=v.namen.get(a, a))
    return tekst("comb.niet_ieder_ja", taal)
