"""Lines of the text format: wrapping in linear time, colour only when asked, headings."""

from __future__ import annotations

import re
import textwrap
from typing import Any

from ..i18n import tekst, zichtbaar


def click_unstyle(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


WIDTH = 88


class _Wrapper(textwrap.TextWrapper):
    """textwrap's wrapping, in linear time. textwrap breaks a word longer than the line by taking
    one line's worth off its front and keeping the rest as a new string each time: a 10 MB title
    without spaces took 21 s (quadratic). Here the rest is cut into full lines at once, which gives
    the very same lines (every later piece starts a fresh continuation line of the same width)."""

    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        chunk = reversed_chunks[-1]
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)
        rest = reversed_chunks[-1] if reversed_chunks else ""
        line = self.width - len(self.subsequent_indent)
        if (
            width >= 1 and line >= 1 and chunk[:1] != " " and line < len(rest) < len(chunk)
        ):  # a word, begun here
            reversed_chunks[-1:] = [rest[i : i + line] for i in range(0, len(rest), line)][::-1]


def enkel_wit(text: str, alles: bool = False) -> str:
    """Each run of white space one space: a title padded with spaces to the width of a line put
    text of its own on a line of its own ('Advies: GO' above the real NO-GO: an adversarial
    test). For text that is wrapped as a paragraph. A no-break space stays: it holds a source's
    label to its number ('Nivel 2013\xa0[2]'); ``alles``: it goes too (a proposal's title, which
    no-break spaces could pad as well)."""
    if alles:
        return " ".join(text.split())
    return _WIT.sub(" ", text).strip(" ")


_WIT = re.compile(r"[^\S\xa0\u2007\u202f]+")
"""A run of white space but the no-break spaces (textwrap already imports re)"""


class TextLines:
    """How the text format makes lines: wrapped at :attr:`breedte`, coloured when :attr:`kleur`."""

    taal: str
    kleur: bool
    breedte: int

    def _style(self, text: str, **kw: Any) -> str:
        if not self.kleur:
            return text
        import click

        return click.style(text, **kw)

    def _wrap(self, text: str, indent: str, first: str = "") -> list[str]:
        """Wrap ``text`` at self.breedte; ``first`` (e.g. a coloured mark) starts the first line only."""
        lead = indent + (" " * (len(click_unstyle(first)) + 1) if first else "")
        rest = " " * len(lead) + "  "  # continuation lines: never repeat a bullet
        # control characters shown, never obeyed; white space runs folded (enkel_wit)
        text = enkel_wit(zichtbaar(text, wit=True))
        lines = _Wrapper(
            self.breedte,
            initial_indent=lead,
            subsequent_indent=rest,
            break_on_hyphens=False,
        ).wrap(text) or [lead]
        if first:
            lines[0] = indent + first + " " + lines[0][len(lead) :]
        return lines

    def _head(self, key: str, **kw: Any) -> list[str]:
        return [
            "",
            *(self._style(line, bold=True) for line in self._wrap(tekst(key, self.taal, **kw), "")),
        ]
