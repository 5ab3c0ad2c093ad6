"""substitutiecheck: is this patient group suited to move from the hospital to the GP?

Library use::

    import substitutiecheck
    rapport = substitutiecheck.evaluate(voorstel_dict)          # shipped national pack
    rapport.advies            # 'go' | 'voorwaardelijk' | 'no-go'
    pakket = substitutiecheck.laad_regelpakket("mijn-pakket/")  # load once ...
    substitutiecheck.evaluate(voorstel_dict, regels=pakket)     # ... evaluate many
    for r in substitutiecheck.evaluate_many(lijst):             # many at once, in order:
        ...                                                     # a Rapport or an InvoerFout
    substitutiecheck.combineer([huisarts, specialist])          # several views of one proposal
    substitutiecheck.vergelijk(oud, nieuw)                      # two versions of one proposal

Bad input raises :class:`InvoerFout` (a ``ValueError``) carrying the field path (``.pad``)
and every problem (``.problemen``). The library never prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "evaluate",
    "evaluate_many",
    "combineer",
    "vergelijk",
    "laad_regelpakket",
    "standaard_regelpakket",
    "voorstel_schema",
    "Rapport",
    "Combinatie",
    "Vergelijking",
    "Regelpakket",
    "InvoerFout",
    "RegelpakketFout",
    "SubstitutiecheckFout",
    "EngineFout",
    "Probleem",
    "__version__",
]

_LAZY = {
    "evaluate": "api",
    "evaluate_many": "api",
    "combineer": "combineren",
    "Combinatie": "combineren",
    "vergelijk": "vergelijken",
    "Vergelijking": "vergelijken",
    "laad_regelpakket": "pack",
    "standaard_regelpakket": "pack",
    "Regelpakket": "pack",
    "voorstel_schema": "model",
    "Rapport": "report",
    "InvoerFout": "errors",
    "RegelpakketFout": "errors",
    "SubstitutiecheckFout": "errors",
    "EngineFout": "errors",
    "Probleem": "errors",
}

if TYPE_CHECKING:  # pragma: no cover
    from .api import evaluate, evaluate_many
    from .combinatie import Combinatie
    from .combineren import combineer
    from .errors import EngineFout, InvoerFout, Probleem, RegelpakketFout, SubstitutiecheckFout
    from .model import voorstel_schema
    from .pack import Regelpakket, laad_regelpakket, standaard_regelpakket
    from .report import Rapport
    from .vergelijken import Vergelijking, vergelijk


def __dir__() -> list[str]:
    """``dir(substitutiecheck)``: the public API only (not the helpers or loaded submodules)."""
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    """Import heavy modules (pydantic, durable_rules) only when they are used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'substitutiecheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
