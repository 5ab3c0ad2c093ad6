"""The command line's own parameter types, whose failures say what went wrong by their class
(the error handler in edge.py never reads click's English message to tell them apart)."""

from __future__ import annotations

from typing import Any

import click


class BuitenBereik(click.BadParameter):
    """A whole number, but outside the range of its option (``--jobs 5000``)."""

    def __init__(self, getal: int, message: str, ctx: click.Context | None, param: Any) -> None:
        super().__init__(message, ctx=ctx, param=param)
        self.getal = getal


class EindigGetal(click.FloatRange):
    """click.FloatRange that refuses NaN as well, which compares false with any bound and so
    passed every range (found by an adversarial test: '--max-grootte nan' was exit 3); 'inf' is
    refused by a finite ``max``."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        getal = super().convert(value, param, ctx)
        if getal != getal:  # NaN
            self.fail("not a number", param, ctx)  # said in Dutch by edge.py, from the range
        return getal


class GeheelGetal(click.IntRange):
    """click.IntRange whose out-of-range failure is a :class:`BuitenBereik` (not a whole number
    stays click's own BadParameter). HulpCommand puts it in place of every plain IntRange."""

    @classmethod
    def van(cls, bereik: click.IntRange) -> GeheelGetal:
        return cls(
            min=bereik.min,
            max=bereik.max,
            min_open=bereik.min_open,
            max_open=bereik.max_open,
            clamp=bereik.clamp,
        )

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        getal = click.INT.convert(value, param, ctx)  # not a whole number: click's own failure
        try:
            return super().convert(getal, param, ctx)
        except click.BadParameter as e:  # a whole number: only its range can be wrong
            raise BuitenBereik(getal, e.message, ctx, param) from None
