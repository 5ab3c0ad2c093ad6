"""The sources in the text format: numbered labels in the body ('Bron: Nivel 2013 [2]') and the
list at the end of the document (``Bronnen``, each cited source once with its full title).

A number depends on what the document cited before, and a parallel batch renders each report in
a worker that has not seen the reports before it. So a report is rendered as a *fragment* in
which each line of sources is a placeholder (the sources by key, the indent and the heading);
the reporter that writes the document resolves the placeholders in input order, numbering as it
goes. One process does the very same (``rapport`` = ``rapport_tekst(fragment(...))``), which is
what keeps ``--jobs N`` byte for byte ``--jobs 1``. A fragment carries a source's title only the
first time its renderer cites it (a worker's renderer lives for one chunk, taken in in order).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..i18n import tekst
from ..report import BronVerwijzing
from .bronnenlijst import VAST, Bronnenlijst, MetBronnenlijst, apart, genummerd, kenmerken
from .text_wrap import TextLines, _Wrapper

PLEK = "\x00"
"""Around a line of sources in a fragment (no control character reaches the text itself: every
text from outside goes through i18n.zichtbaar, colours use ESC only)."""
DEF = "\x02"
"""Around the definition of a source (key, kind, label, title, period) at the fragment's start."""


def lijst_regels(lijst: Bronnenlijst, taal: str, breedte: int) -> list[str]:
    """The list at the end: a heading, one line of explanation, then per source '[n] label
    (kind; period)' and its full title beneath. Empty when the document cites no source."""
    if not len(lijst):
        return []
    from ..i18n import zichtbaar

    def wrap(text: str, indent: str, rest: str) -> list[str]:
        return _Wrapper(
            breedte, initial_indent=indent, subsequent_indent=rest, break_on_hyphens=False
        ).wrap(zichtbaar(text, wit=True)) or [indent]

    out = ["", tekst("kop.bronnen", taal)]
    out += wrap(tekst("kop.bronnen_uitleg", taal), "  ", "  ")
    for n, b in lijst:
        nummer = f"  [{n}] "
        inspring = " " * len(nummer)
        out += wrap(f"{b.kort} ({kenmerken(b, taal)})", nummer, inspring)
        out += wrap(b.titel, inspring, inspring)
    return out


class TextBronnen(TextLines, MetBronnenlijst):
    """The lines of sources of the text format, as placeholders resolved in input order."""

    _sleutels: dict[BronVerwijzing, str]
    """Rendering side: the key of each source this renderer has defined in a fragment."""
    _nieuw: list[str]
    """Rendering side: the definitions the fragment being rendered must carry."""
    _per_sleutel: dict[str, BronVerwijzing]
    """Writing side: the source behind each key."""
    _opgelost: dict[str, str]
    """Writing side: each placeholder already resolved (numbers never change once given)."""

    def _bronnen_begin(self) -> None:
        self.bronnenlijst = Bronnenlijst()
        self._sleutels, self._nieuw, self._per_sleutel, self._opgelost = {}, [], {}, {}

    def _bron(
        self, bronnen: Iterable[BronVerwijzing], indent: str = "  ", kop: str = "kop.bron"
    ) -> list[str]:
        """The line 'Bron: label [n]; ...' (wrapped at ``indent``), as one placeholder line;
        under the heading 'Bron' the product's own choice on a line of its own ('Advies en
        indeling: …', bronnenlijst.apart), as everywhere."""
        delen = apart(bronnen) if kop == "kop.bron" else [(kop, tuple(bronnen))]
        return [
            PLEK
            + json.dumps([indent, tekst(k, self.taal), [self._sleutel(b) for b in deel]])
            + PLEK
            for k, deel in delen
        ]

    def _sleutel(self, b: BronVerwijzing) -> str:
        key = self._sleutels.get(b)
        if key is None:
            key = b.id if b.id not in self._per_id() else f"{b.id}#{len(self._sleutels)}"
            self._sleutels[b] = key
            self._nieuw.append(
                DEF + json.dumps([key, b.id, b.soort, b.kort, b.titel, b.periode]) + DEF
            )
        return key

    def _per_id(self) -> set[str]:
        return set(self._sleutels.values())

    def _definities(self) -> str:
        """The definitions the fragment rendered last must carry (then forgotten)."""
        out = "".join(self._nieuw)
        self._nieuw.clear()
        return out

    def _los_op(self, fragment: str) -> str:
        """The fragment as it is written: definitions taken in, placeholders resolved."""
        while fragment.startswith(DEF):
            end = fragment.index(DEF, 1)
            key, bid, soort, kort, titel, periode = json.loads(fragment[1:end])
            bron = BronVerwijzing(id=bid, soort=soort, kort=kort, titel=titel, periode=periode)
            if self._per_sleutel.get(key) != bron:
                self._per_sleutel[key] = bron
                self._opgelost.clear()
            fragment = fragment[end + 1 :]
        if PLEK not in fragment:
            return fragment
        parts = fragment.split(PLEK)
        for i in range(1, len(parts), 2):
            parts[i] = self._regel(parts[i])
        return "".join(parts)

    def _regel(self, plek: str) -> str:
        done = self._opgelost.get(plek)
        if done is None:
            indent, kop, keys = json.loads(plek)
            bronnen = [self._per_sleutel[k] for k in keys]
            line = f"{kop}: {genummerd(self.bronnenlijst, bronnen, VAST)}"
            done = "\n".join(self._wrap(line, indent)).replace(VAST, " ")
            self._opgelost[plek] = done
        return done
